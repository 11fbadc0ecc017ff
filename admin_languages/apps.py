from django.apps import AppConfig


class AdminLanguagesConfig(AppConfig):
    """Sixteen-language editing in Wagtail's admin: see admin_languages/__init__ modules."""

    name = "admin_languages"

    def ready(self):
        from admin_languages import directions, error_languages, panel_ids, redirects

        panel_ids.make_panel_ids_language_independent()
        directions.set_field_directions()
        error_languages.name_languages_in_validation_banner()
        redirects.connect()
