// Admin forms: a reference field with data-autocomplete="/api/v1/…" suggests matching slugs from the
// API as the editor types, so that even a list of 100,000 companies is never sent whole. Without
// JavaScript the field still takes a typed slug.
(function () {
    'use strict';

    function attach(input) {
        const list = document.getElementById(input.getAttribute('list'));
        let timer = null;
        let last = '';
        input.addEventListener('input', () => {
            clearTimeout(timer);
            timer = setTimeout(async () => {
                const q = input.value.trim();
                if (q.length < 2 || q === last) {
                    return;
                }
                last = q;
                const url = input.dataset.autocomplete + '?size=10&q=' + encodeURIComponent(q);
                const response = await fetch(url, { headers: { Accept: 'application/json' } });
                if (!response.ok) {
                    return;
                }
                const page = await response.json();
                list.replaceChildren(...page.content.map(item => {
                    const option = document.createElement('option');
                    option.value = item.slug;
                    option.textContent = item.name;
                    return option;
                }));
                input.dataset.suggested = String(page.content.length);
            }, 200);
        });
    }

    document.querySelectorAll('input[data-autocomplete]').forEach(attach);
})();
