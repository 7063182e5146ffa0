// French and English: the browser's language chooses, the switch (kept in localStorage) overrides.
import messages from './messages.json';

const STORE = 'dkg.lang';

export function currentLang() {
  const chosen = new URLSearchParams(location.search).get('lang') || localStorage.getItem(STORE);
  if (chosen === 'fr' || chosen === 'en') return chosen;
  return (navigator.language || 'fr').toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

let lang = currentLang();

export function t(key, values = {}) {
  const text = messages[lang][key] ?? messages.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ''));
}

export function getLang() {
  return lang;
}

/** Fills every element carrying data-i18n (text) or data-i18n-placeholder / -label (attributes). */
export function translate(root = document) {
  document.documentElement.lang = lang;
  root.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
  root.querySelectorAll('[data-i18n-placeholder]').forEach((el) => { el.placeholder = t(el.dataset.i18nPlaceholder); });
  root.querySelectorAll('[data-i18n-label]').forEach((el) => { el.setAttribute('aria-label', t(el.dataset.i18nLabel)); });
}

/** A button that switches language and calls onChange (which re-renders what is on the page). */
export function languageSwitch(button, onChange) {
  const show = () => {
    button.textContent = t('language');
    button.lang = t('languageCode');
  };
  show();
  button.addEventListener('click', () => {
    lang = lang === 'fr' ? 'en' : 'fr';
    localStorage.setItem(STORE, lang);
    show();
    translate();
    onChange?.();
  });
}
