import json

import feedparser
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.content
    return response, feedparser.parse(response.content)


@pytest.mark.parametrize("lang,title,category", [
    ("ar", "مكالمات مصرفية مزيفة", "احتيال البريد"),
    ("zh-hans", "假冒银行来电", "快递诈骗"),
    ("pl", "Fałszywe telefony z banku", "Oszustwo na kuriera"),
    ("en", "Fake bank calls", "Courier fraud"),
])
def test_rss_declares_language_and_carries_translated_items(client, translated_alert, lang,
                                                            title, category):
    response, feed = parse(client, f"/{lang}/feeds/alerts.rss")
    assert response["Content-Type"].startswith("application/rss+xml")
    assert feed.version == "rss20" and not feed.bozo
    assert feed.feed.language == lang
    entry = feed.entries[0]
    assert entry.title == title
    assert entry.link.endswith("/") and f"/{lang}/alerts/" in entry.link
    assert [tag.term for tag in entry.tags] == [category]
    assert entry.fa_reference == translated_alert.reference_code
    assert entry.published_parsed and entry.updated_parsed


@pytest.mark.parametrize("lang,title", [("ar", "مكالمات مصرفية مزيفة"),
                                        ("zh-hans", "假冒银行来电")])
def test_atom_feed_sets_xml_lang_and_translated_entries(client, translated_alert, lang, title):
    response, feed = parse(client, f"/{lang}/feeds/alerts.atom")
    assert feed.version == "atom10" and not feed.bozo
    assert f'xml:lang="{lang}"'.encode() in response.content
    entry = feed.entries[0]
    assert entry.title == title
    assert entry.fa_reference == translated_alert.reference_code
    assert f"/{lang}/alerts/" in entry.link


@pytest.mark.parametrize("lang,title", [("ar", "مكالمات مصرفية مزيفة"),
                                        ("zh-hans", "假冒银行来电"), ("cy", "Fake bank calls")])
def test_json_feed_is_version_1_1_with_language(client, translated_alert, lang, title):
    response = client.get(f"/{lang}/feeds/alerts.json")
    assert response["Content-Type"].startswith("application/feed+json")
    document = json.loads(response.content)
    assert document["version"] == "https://jsonfeed.org/version/1.1"
    assert document["language"] == lang
    item = document["items"][0]
    assert item["title"] == title  # Welsh has no translation: English stands in
    assert item["_fraud_alert"]["reference_code"] == translated_alert.reference_code
    assert item["date_modified"] >= item["date_published"]


def test_feed_items_are_newest_first(client, site):
    from datetime import timedelta

    from django.utils import timezone

    now = timezone.now()
    factories.alert("Older", issued_at=now - timedelta(days=3))
    factories.alert("Newest", issued_at=now - timedelta(hours=1))
    factories.alert("Middle", issued_at=now - timedelta(days=1))
    _, feed = parse(client, "/en/feeds/alerts.rss")
    assert [entry.title for entry in feed.entries] == ["Newest", "Middle", "Older"]


def test_updated_time_moves_when_a_new_revision_is_published(client, translated_alert):
    _, before = parse(client, "/en/feeds/alerts.atom")
    updated_before = before.entries[0].updated
    page = translated_alert.specific
    page.summary = "Now also by text message."
    page.updates.create(text="Texts too.")
    page.save_revision().publish()
    _, after = parse(client, "/en/feeds/alerts.atom")
    assert after.entries[0].summary == "Now also by text message."
    assert after.entries[0].updated > updated_before
    _, rss = parse(client, "/en/feeds/alerts.rss")
    assert rss.entries[0].updated == after.entries[0].updated
    assert before.entries[0].published == after.entries[0].published


def test_feeds_take_the_listing_filters(client, site, taxonomy):
    factories.alert("Courier in Wales", fraud_types=[taxonomy["courier"]],
                    regions=[taxonomy["wales"]], severity="severe")
    factories.alert("Investment", fraud_types=[taxonomy["investment"]], severity="minor")
    factories.alert("Withdrawn courier", fraud_types=[taxonomy["courier"]], status="withdrawn")

    def titles(query):
        return [entry.title for entry in parse(client, f"/en/feeds/alerts.rss?{query}")[1].entries]

    assert titles("fraud_type=courier-fraud") == ["Courier in Wales"]
    assert titles("region=wales") == ["Courier in Wales"]
    assert titles("severity=minor") == ["Investment"]
    assert sorted(titles("fraud_type=courier-fraud,investment-fraud")) == [
        "Courier in Wales", "Investment"]
    assert titles("fraud_type=courier-fraud&status=withdrawn") == ["Withdrawn courier"]
    assert titles("audience=older-people") == []


@pytest.mark.parametrize("query", ["fraud_type=no-such-type", "severity=awful",
                                   "status=deleted", "region=atlantis"])
def test_feeds_answer_unknown_filter_values_with_400(client, site, taxonomy, query):
    for url in ("/en/feeds/alerts.rss", "/en/feeds/alerts.atom", "/en/feeds/alerts.json"):
        response = client.get(f"{url}?{query}")
        assert response.status_code == 400
        assert query.split("=")[1].encode() in response.content


def test_feed_queries_do_not_grow_with_items(client, site, taxonomy):
    factories.alert(fraud_types=[taxonomy["courier"]])
    client.get("/pl/feeds/alerts.rss")  # warm the site-root cache both runs then share
    with CaptureQueriesContext(connection) as few:
        client.get("/pl/feeds/alerts.rss")
    for _ in range(6):
        factories.alert(fraud_types=[taxonomy["courier"], taxonomy["investment"]])
    with CaptureQueriesContext(connection) as many:
        response = client.get("/pl/feeds/alerts.rss")
    assert len(feedparser.parse(response.content).entries) == 7
    assert len(many.captured_queries) == len(few.captured_queries)


ATOM = {"a": "http://www.w3.org/2005/Atom"}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@pytest.mark.parametrize("lang,name", [("en", "Fraud Alert"), ("cy", None)])
def test_atom_feed_has_an_author_as_rfc_4287_requires(client, translated_alert, lang, name):
    from django.utils import translation
    from lxml import etree

    factories.alert("English only")
    feed = etree.fromstring(client.get(f"/{lang}/feeds/alerts.atom").content)
    # 4.1.1: atom:feed MUST contain an atom:author unless every entry has one
    entries = feed.xpath("a:entry", namespaces=ATOM)
    assert entries and not any(entry.xpath("a:author", namespaces=ATOM) for entry in entries)
    with translation.override(lang):
        expected = name or translation.gettext("Fraud Alert")
    assert feed.xpath("a:author/a:name/text()", namespaces=ATOM) == [expected]
    assert feed.xpath("a:author/a:uri/text()", namespaces=ATOM) == [
        f"http://testserver/{lang}/"]
    document = client.get(f"/{lang}/feeds/alerts.json").json()
    assert document["authors"] == [{"name": expected, "url": f"http://testserver/{lang}/"}]


def test_each_item_says_which_language_its_text_is_in(client, translated_alert):
    from lxml import etree

    english_only = factories.alert("English only alert")

    items = {item["title"]: item for item in client.get("/zh-hans/feeds/alerts.json").json()[
        "items"]}
    assert items["English only alert"]["language"] == "en"
    assert items["假冒银行来电"]["language"] == "zh-hans"

    atom = etree.fromstring(client.get("/ar/feeds/alerts.atom").content)
    assert atom.get(XML_LANG) == "ar"
    langs = {entry.findtext("a:title", namespaces=ATOM): entry.get(XML_LANG)
             for entry in atom.xpath("a:entry", namespaces=ATOM)}
    assert langs == {"English only alert": "en", "مكالمات مصرفية مزيفة": None}  # inherits ar

    rss = etree.fromstring(client.get("/ar/feeds/alerts.rss").content)
    langs = {item.findtext("title"): item.get(XML_LANG) for item in rss.iter("item")}
    assert langs == {"English only alert": "en", "مكالمات مصرفية مزيفة": None}
    _, parsed = parse(client, "/ar/feeds/alerts.rss")
    assert not parsed.bozo

    widget = client.get("/ar/embed/alerts/").text
    assert (f'/ar/alerts/{english_only.slug}/" target="_blank" '
            f'rel="noopener" lang="en" dir="ltr">English only alert</a>') in widget
    assert 'rel="noopener">مكالمات مصرفية مزيفة</a>' in widget  # Arabic: the page's rtl
