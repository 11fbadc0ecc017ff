import pytest

from languages import supported


@pytest.mark.django_db
def test_every_language_home_page_answers_with_its_lang_and_dir(client, site):
    for language in supported.LANGUAGES:
        response = client.get(f"/{language.code}/")
        assert response.status_code == 200, language.code
        html = response.content.decode()
        assert f'<html lang="{language.code}" dir="{language.direction}">' in html
