// The waiting page: takes a place in the concert's line (or keeps the one it has), polls it as
// the server says (pollAfterSeconds, jittered by the server), and opens the booking screen with
// the admission once let in. Everything is relative to this page's address, so it works under
// any context path.
(function () {
  'use strict';
  const params = new URLSearchParams(location.search);
  const concert = params.get('concert');
  const storageKey = 'ticketing.queue.' + concert;
  const $ = (id) => document.getElementById(id);

  function saved() {
    try {
      return JSON.parse(localStorage.getItem(storageKey)) || null;
    } catch (e) {
      return null;
    }
  }

  function save(place) {
    localStorage.setItem(storageKey, JSON.stringify(place));
  }

  function say(text) {
    $('message').textContent = text;
  }

  function wait(seconds) {
    if (seconds >= 90) return Math.round(seconds / 60) + ' min';
    return seconds + ' s';
  }

  async function join(ticket) {
    const response = await fetch('api/concerts/' + encodeURIComponent(concert) + '/queue', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: JSON.stringify(ticket ? { ticket: ticket } : {}),
    });
    const body = await response.json();
    if (!response.ok) {
      throw new Error(body.detail || body.title || 'Could not join the line');
    }
    return body;
  }

  async function poll(ticket) {
    const response = await fetch(
      'api/concerts/' + encodeURIComponent(concert) + '/queue/' + encodeURIComponent(ticket),
      { headers: { 'Accept': 'application/json' }, cache: 'no-store' });
    if (response.status === 404) return null;
    if (!response.ok) throw new Error('The line cannot be read just now');
    return response.json();
  }

  function show(place, stored) {
    const figures = $('figures');
    $('rejoin').hidden = true;
    if (place.position != null) {
      figures.hidden = false;
      $('position').textContent = place.position;
      $('ahead').textContent = place.ahead;
      $('estimate').textContent =
        place.estimatedWaitSeconds == null ? '–' : wait(place.estimatedWaitSeconds);
      const first = Math.max(stored.firstAhead || 0, place.ahead || 0, 1);
      $('progress').value = 1 - (place.ahead || 0) / first;
    }
    switch (place.state) {
      case 'PREQUEUE':
        say('The sale has not opened yet. Everyone here before it opens gets a place in random'
          + ' order when it does' + (place.opensAt ? ' (' + new Date(place.opensAt).toLocaleTimeString() + ')' : '') + '.');
        break;
      case 'WAITING':
        say(place.stalled ? 'The line is not moving just now; you keep your place.'
          : 'You are in line. Your turn comes in order.');
        break;
      case 'PAUSED':
        say('The organisers have paused the line for a moment. You keep your place.');
        break;
      case 'SOLD_OUT':
        say('Everything is taken for now. Tickets that come back go to the people in line, in'
          + ' order: stay here to keep your place.');
        break;
      case 'ADMITTED':
        $('progress').value = 1;
        say('It is your turn! Opening the booking screen…');
        location.assign('concerts/' + encodeURIComponent(concert) + '?admission='
          + encodeURIComponent(place.admission));
        return false;
      case 'EXPIRED':
        say('Your turn came and went: the time to book is over.');
        $('rejoin').hidden = false;
        return false;
      case 'CLOSED':
        say('This sale is over.');
        return false;
    }
    return true;
  }

  async function run() {
    if (!concert || !/^\d+$/.test(concert)) {
      say('No concert given.');
      return;
    }
    let stored = saved();
    const given = params.get('ticket');
    if (given && (!stored || stored.ticket !== given)) {
      stored = { ticket: given };
      save(stored);
    }
    try {
      if (!stored) {
        const place = await join(null);
        stored = { ticket: place.ticket, firstAhead: place.ahead || 0 };
        save(stored);
      }
      for (;;) {
        const place = await poll(stored.ticket);
        if (place === null) { // not a ticket of this line any more: a new place
          localStorage.removeItem(storageKey);
          stored = null;
          return run();
        }
        if (stored.firstAhead == null && place.ahead != null) {
          stored.firstAhead = place.ahead;
          save(stored);
        }
        if (!show(place, stored)) return;
        await new Promise((resolve) => setTimeout(resolve, place.pollAfterSeconds * 1000));
      }
    } catch (e) {
      say(e.message + ' Trying again shortly…');
      setTimeout(run, 5000);
    }
  }

  $('rejoin').addEventListener('click', () => {
    localStorage.removeItem(storageKey);
    run();
  });
  run();
})();
