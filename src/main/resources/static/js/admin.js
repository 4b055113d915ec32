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

    // "Add a source" copies the last source row with the next index; without JavaScript, saving or
    // previewing offers an empty row again.
    function addSourceRow(button) {
        const rows = button.closest('fieldset').querySelectorAll('[data-source-row]');
        const last = rows[rows.length - 1];
        const copy = last.cloneNode(true);
        copy.querySelectorAll('input').forEach(input => {
            input.name = input.name.replace(/sources\[(\d+)\]/, (match, index) => 'sources[' + (Number(index) + 1) + ']');
            input.id = input.name.replace(/[\[\].]/g, '');
            input.value = '';
            input.classList.remove('is-invalid');
        });
        copy.querySelectorAll('.invalid-feedback').forEach(feedback => feedback.remove());
        last.after(copy);
        copy.querySelector('input').focus();
    }

    document.querySelectorAll('input[data-autocomplete]').forEach(attach);
    document.querySelectorAll('[data-add-source]').forEach(button => {
        button.hidden = false;
        button.addEventListener('click', () => addSourceRow(button));
    });
})();
