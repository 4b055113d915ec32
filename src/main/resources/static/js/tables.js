// A table wider than the screen scrolls sideways in its box (Bootstrap's .table-responsive). Where it
// does, say so above it, and let the keyboard scroll it too: the box takes focus and is named after
// the table's caption. Measured again whenever the box changes size (a phone turned sideways).
(function () {
    'use strict';

    function mark(box) {
        const overflowing = box.scrollWidth > box.clientWidth + 1;
        let hint = box.previousElementSibling;
        if (!hint || !hint.hasAttribute('data-scroll-hint')) {
            hint = document.createElement('p');
            hint.className = 'table-scroll-hint small text-body-secondary mb-1';
            hint.setAttribute('data-scroll-hint', '');
            hint.textContent = document.body.dataset.scrollHint;
            box.before(hint);
        }
        hint.hidden = !overflowing;
        box.toggleAttribute('data-overflowing', overflowing);
        if (overflowing) {
            const caption = box.querySelector('caption');
            box.tabIndex = 0;
            box.setAttribute('role', 'region');
            box.setAttribute('aria-label', caption ? caption.textContent.trim() : hint.textContent);
        } else {
            box.removeAttribute('tabindex');
            box.removeAttribute('role');
            box.removeAttribute('aria-label');
        }
    }

    function markAll() {
        const boxes = document.querySelectorAll('.table-responsive');
        const observer = new ResizeObserver(entries => entries.forEach(entry => mark(entry.target)));
        boxes.forEach(box => {
            mark(box);
            observer.observe(box);
        });
        document.body.dataset.tablesReady = 'true';
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', markAll);
    } else {
        markAll();
    }
})();
