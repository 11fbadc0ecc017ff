from django.apps import AppConfig


class PageCacheConfig(AppConfig):
    name = "pagecache"
    verbose_name = "Page cache"

    def ready(self):
        from pagecache import cluster_relations, invalidation, routing

        invalidation.connect()
        routing.install()
        cluster_relations.install()
