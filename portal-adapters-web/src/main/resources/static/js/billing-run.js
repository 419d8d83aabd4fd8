// Invoicing run page: while the background job issues the run, poll its progress (JSON) every 2 seconds and move
// the <progress> bar and its text; reload once the run is issued so that the page shows the final figures.
// Without JavaScript the page shows the progress at the time it was loaded (reload to see more).
(function () {
    'use strict';
    var box = document.querySelector('.run-progress[data-progress-url]');
    if (!box || box.getAttribute('data-status') !== 'ISSUING') {
        return;
    }
    var bar = document.getElementById('run-progress');
    var text = document.getElementById('run-progress-text');
    var url = box.getAttribute('data-progress-url');

    function poll() {
        fetch(url, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
            .then(function (response) { return response.ok ? response.json() : null; })
            .then(function (run) {
                if (!run) {
                    return;
                }
                bar.value = run.percent;
                bar.textContent = run.percent + ' %';
                text.textContent = run.text;
                if (run.status === 'ISSUING') {
                    window.setTimeout(poll, 2000);
                } else {
                    window.location.reload();
                }
            })
            .catch(function () { window.setTimeout(poll, 5000); });
    }
    window.setTimeout(poll, 1000);
}());
