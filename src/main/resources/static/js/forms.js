// Every form that failed: each invalid field tells assistive technology so (aria-invalid) and names
// its message (aria-describedby), whatever markup drew it; the error summary above the form takes
// focus, so a keyboard or screen-reader user lands on what to mend, and each of its links moves focus
// to its field. Without JavaScript the summary and the messages beside the fields are still there.
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
