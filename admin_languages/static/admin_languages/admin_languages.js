/* Sixteen-language editing in Wagtail's page and snippet editors (issue 11).
 *
 * Settings come from <script id="admin-languages-config" type="application/json">
 * (admin_languages/picker.py). Without JavaScript every language's fields stay visible.
 *
 * - A picker shows English (the source, always shown, above each translation) and the
 *   editor's working languages; the others are hidden until ticked.
 * - After a failed save, every language with an error is shown and marked in the picker.
 * - Rich text and StreamField editors get their language's direction (plain inputs get
 *   `dir` from the server).
 * - Labels name the language; StreamFields get "Copy content from" buttons on their own
 *   row (posting to admin_languages.copy_content, which knows zh_hans).
 */
(() => {
  "use strict";

  const configElement = document.getElementById("admin-languages-config");
  if (!configElement) return;
  const config = JSON.parse(configElement.textContent);
  const languages = config.languages;
  const fieldNames = new Set(config.fields);
  const streamFields = new Set(config.streamFields);
  const strings = config.strings;

  // wagtail-modeltranslation's own scripts read this global (its inline script may be
  // refused by the Content Security Policy).
  window.wagtailModelTranslations = window.wagtailModelTranslations || {
    languages: languages.map((language) => language.code),
    defaultLanguage: config.source,
    viewEditString: strings.legend,
    translate_slugs: true,
    locale_picker_default: [config.source],
    locale_picker_restore: false,
  };

  const format = (text, values) =>
    text.replace(/%\((\w+)\)s/g, (match, key) => (key in values ? values[key] : match));

  /* "body_zh_hans" -> {field: "body", language: zh-hans}; "updates-0-text_pl" too. */
  function parseName(name) {
    const last = name.split("-").pop();
    for (const language of languages) {
      const suffix = `_${language.suffix}`;
      if (last.endsWith(suffix)) {
        const field = last.slice(0, -suffix.length);
        if (fieldNames.has(field)) return { field, name: last, language };
      }
    }
    return null;
  }

  const shown = new Set([config.source, ...config.shown, ...config.errors]);
  const withErrors = new Set(config.errors);
  const fieldsByLanguage = new Map(languages.map((language) => [language.code, []]));

  function containerOf(element, name) {
    const section = element.closest("section.w-panel");
    if (section && section.id.endsWith(`-${name}-section`)) return section;
    const wrapper = element.closest("[data-field-wrapper]");
    if (!wrapper) return element;
    // Inside a MultiFieldPanel or an inline form, Wagtail puts the label beside the field's
    // wrapper, both in a .w-panel__wrapper of their own: hide the label with the field.
    const outer = wrapper.parentElement;
    if (outer && outer.classList.contains("w-panel__wrapper") &&
        outer.querySelectorAll("[data-field-wrapper]").length === 1) return outer;
    return wrapper;
  }

  function hasError(container) {
    return Boolean(
      container.querySelector(".w-field--error, [aria-invalid='true'], .error-message") ||
        Array.from(container.querySelectorAll("[data-field-errors]")).some(
          (errors) => errors.textContent.trim() !== "",
        ),
    );
  }

  function nameLanguage(container, language) {
    const heading = container.querySelector("[data-panel-heading-text], .w-field__label");
    if (!heading || heading.querySelector(".admin-languages-name")) return;
    const name = document.createElement("span");
    name.className = "admin-languages-name";
    name.lang = language.code;
    name.dir = language.dir;
    name.textContent = language.name;
    heading.append(" ", name);
    if (language.code === config.source) {
      const source = document.createElement("span");
      source.className = "admin-languages-source";
      source.textContent = strings.source;
      heading.append(" ", source);
    }
  }

  function register(element) {
    const parsed = parseName(element.dataset.contentpath || "");
    if (!parsed) return;
    const container = containerOf(element, parsed.name);
    if (container.dataset.adminLanguage) return;
    const { language } = parsed;
    container.dataset.adminLanguage = language.code;
    container.classList.add("admin-languages-field");
    const input = container.querySelector("[data-field-input]");
    if (input) {
      input.dir = language.dir;
      input.lang = language.code;
    }
    nameLanguage(container, language);
    if (hasError(container)) withErrors.add(language.code);
    if (streamFields.has(parsed.field) && config.copyUrl) addCopyButtons(container, parsed);
    fieldsByLanguage.get(language.code).push(container);
    applyVisibility(container);
  }

  function applyVisibility(container) {
    const code = container.dataset.adminLanguage;
    container.classList.toggle("admin-languages-hidden", !shown.has(code));
  }

  function setShown(code, visible) {
    if (code === config.source) return;
    if (visible) shown.add(code);
    else shown.delete(code);
    fieldsByLanguage.get(code).forEach(applyVisibility);
  }

  /* The picker: one checkbox per language (English fixed on), outside the form. */
  function buildPicker(form) {
    const picker = document.createElement("fieldset");
    picker.className = "admin-languages-picker";
    const legend = document.createElement("legend");
    legend.textContent = strings.legend;
    picker.append(legend);
    const list = document.createElement("ul");
    for (const language of languages) {
      if (!fieldsByLanguage.get(language.code).length) continue;
      const item = document.createElement("li");
      const label = document.createElement("label");
      const box = document.createElement("input");
      box.type = "checkbox";
      box.value = language.code;
      box.checked = shown.has(language.code);
      box.disabled = language.code === config.source;
      box.addEventListener("change", () => setShown(language.code, box.checked));
      const name = document.createElement("span");
      name.lang = language.code;
      name.dir = language.dir;
      name.textContent = language.name;
      label.append(box, " ", name, ` (${language.code})`);
      if (withErrors.has(language.code)) {
        item.classList.add("admin-languages-picker__error");
        const note = document.createElement("strong");
        note.textContent = ` — ${strings.hasErrors}`;
        label.append(note);
      }
      item.append(label);
      list.append(item);
    }
    picker.append(list);
    form.parentNode.insertBefore(picker, form);
  }

  /* "Copy content from" buttons on their own row above a StreamField's editor. */
  function addCopyButtons(container, target) {
    const content = container.querySelector(".w-panel__content") || container;
    const row = document.createElement("div");
    row.className = "admin-languages-copy";
    const label = document.createElement("span");
    label.textContent = `${strings.copyFrom}:`;
    row.append(label);
    for (const language of languages) {
      if (language.code === target.language.code) continue;
      const button = document.createElement("button");
      button.type = "button";
      button.className = "button button-small button-secondary";
      button.textContent = language.code;
      button.setAttribute("aria-label", format(strings.copyLanguage, { language: language.name }));
      button.addEventListener("click", () =>
        copyInto(container, `${target.field}_${language.suffix}`, target.name, language),
      );
      row.append(button);
    }
    const status = document.createElement("span");
    status.className = "admin-languages-copy__status";
    status.setAttribute("role", "status");
    row.append(status);
    content.prepend(row);
  }

  async function copyInto(container, origin, target, language) {
    const form = container.closest("form");
    const status = container.querySelector(".admin-languages-copy__status");
    const inputs = [];
    for (const [name, value] of new FormData(form).entries()) {
      if ((name === origin || name.startsWith(`${origin}-`)) && typeof value === "string") {
        inputs.push({ name, value });
      }
    }
    const body = new FormData();
    body.append("origin_field_name", origin);
    body.append("target_field_name", target);
    body.append("serializedOriginField", JSON.stringify(inputs));
    const token = form.querySelector("[name=csrfmiddlewaretoken]");
    try {
      const response = await fetch(config.copyUrl, {
        method: "POST",
        body,
        credentials: "same-origin",
        headers: { "X-CSRFToken": token ? token.value : "", "X-Requested-With": "XMLHttpRequest" },
      });
      if (!response.ok) throw new Error(String(response.status));
      const html = await response.json();
      const input = container.querySelector("[data-field-input]");
      input.innerHTML = html;
      status.textContent = format(strings.copied, { language: language.name });
      container.dataset.adminLanguagesCopied = language.code;
    } catch (error) {
      status.textContent = strings.copyFailed;
      container.dataset.adminLanguagesCopyError = String(error);
    }
  }

  function start() {
    const form = document.querySelector("form[data-edit-form], #page-edit-form");
    if (!form) return;
    form.querySelectorAll("[data-contentpath]").forEach(register);
    if (![...fieldsByLanguage.values()].some((containers) => containers.length)) return;
    // Every language with an error is shown, whatever the editor had chosen.
    withErrors.forEach((code) => setShown(code, true));
    buildPicker(form);
    // Inline forms added later (e.g. an alert's updates) join their languages.
    new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        for (const node of mutation.addedNodes) {
          if (node.nodeType !== Node.ELEMENT_NODE) continue;
          if (node.matches("[data-contentpath]")) register(node);
          node.querySelectorAll("[data-contentpath]").forEach(register);
        }
      }
    }).observe(form, { childList: true, subtree: true });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
