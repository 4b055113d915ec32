// Every form that failed: each invalid field tells assistive technology so (aria-invalid) and names
// its message (aria-describedby), whatever markup drew it; the error summary above the form takes
// focus, so a keyboard or screen-reader user lands on what to mend, and each of its links moves focus
// to its field; the fields a form requires are marked (*) before it is sent. Without JavaScript the
// summary and the messages beside the fields are still there.
(function () {
    'use strict';

    document.querySelectorAll('.is-invalid').forEach((control, index) => {
        control.setAttribute('aria-invalid', 'true');
        const feedback = control.parentElement.querySelector('.invalid-feedback');
        if (!feedback || !feedback.textContent.trim()) {
            return;
        }
        if (!feedback.id) {
            feedback.id = (control.id || 'field-' + index) + '-error';
        }
        const described = (control.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
        if (!described.includes(feedback.id)) {
            described.push(feedback.id);
            control.setAttribute('aria-describedby', described.join(' '));
        }
    });

    // Fields the form's constraints require (data-required, from @formRules): marked before sending.
    document.querySelectorAll('form[data-required]').forEach(form => {
        form.dataset.required.split(/\s+/).filter(Boolean).forEach(name => {
            const control = form.querySelector('[name="' + CSS.escape(name) + '"]');
            if (!control || control.type === 'hidden') {
                return;
            }
            control.setAttribute('aria-required', 'true');
            const label = control.id && form.querySelector('label[for="' + CSS.escape(control.id) + '"]');
            if (label && !label.querySelector('.required-mark')) {
                const mark = document.createElement('span');
                mark.className = 'required-mark';
                mark.setAttribute('aria-hidden', 'true');
                mark.textContent = ' *';
                label.append(mark);
            }
        });
    });

    const summary = document.getElementById('error-summary');
    if (summary) {
        summary.focus();
        summary.querySelectorAll('a[href^="#"]').forEach(link => link.addEventListener('click', event => {
            const field = document.getElementById(decodeURIComponent(link.hash.slice(1)));
            if (field) {
                event.preventDefault();
                field.focus();
                field.scrollIntoView({ block: 'center' });
            }
        }));
    }
})();
