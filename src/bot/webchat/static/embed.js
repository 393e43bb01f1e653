/*
 * The support chat: asks the bot for a Direct Line token, starts Web Chat in #webchat and
 * wires the "Start over" button. A separate file so the page's CSP can forbid inline
 * script. It runs both on the bot's own page (GET /) and embedded in the support site
 * (deploy/webchat): settings come from data-* attributes on the #webchat element.
 */
(function () {
  'use strict';

  var script = document.currentScript;
  // Relative URLs are the bot's: resolve them against where this file came from.
  var botBase = script && script.src ? script.src : document.baseURI;
  // Web Chat's <style> elements carry this nonce, so the CSP needs no 'unsafe-inline'.
  var nonce = (script && script.nonce) || undefined;

  var container = document.getElementById('webchat');
  var startOver = document.querySelector('[data-webchat-start-over]');
  var status = document.querySelector('[data-webchat-status]');
  var retry = document.querySelector('[data-webchat-retry]');
  if (!container) return;

  var settings = container.dataset;
  var tokenUrl = new URL(settings.tokenUrl || '/api/directline/token', botBase).href;
  var domain = new URL(settings.directlineDomain || 'https://directline.botframework.com/v3/directline', botBase).href.replace(/\/+$/, '');
  var webSocket = settings.webSocket !== 'false';
  var brandName = settings.brandName || 'Support';
  var brand = /^#[0-9a-fA-F]{6}$/.test(settings.brandColor || '') ? settings.brandColor : '#0063B1';
  var colours = palette(brand);

  var root = document.documentElement.style;
  root.setProperty('--webchat-brand', brand);
  root.setProperty('--webchat-brand-text', colours.onBrand);
  root.setProperty('--webchat-accent', colours.accent);

  var directLine;
  var store;

  function say(text, problem) {
    if (!status) return;
    status.textContent = text;
    status.classList.toggle('is-problem', !!problem);
    if (retry) retry.hidden = !problem;
  }

  function setStartOver(enabled) {
    if (startOver) startOver.disabled = !enabled;
  }

  // Direct Line connection states (botframework-directlinejs ConnectionStatus).
  var EXPIRED_TOKEN = 3;
  var FAILED_TO_CONNECT = 4;
  var ENDED = 5;

  function watch() {
    return function (next) {
      return function (action) {
        if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
          say('');
          setStartOver(true);
        } else if (action.type === 'DIRECT_LINE/UPDATE_CONNECTION_STATUS') {
          var state = action.payload && action.payload.connectionStatus;
          if (state === EXPIRED_TOKEN || state === FAILED_TO_CONNECT || state === ENDED) {
            setStartOver(false);
            say('The chat was disconnected. Try again to start a new chat.', true);
          }
        }
        return next(action);
      };
    };
  }

  function start() {
    say('Connecting to the chat…');
    setStartOver(false);
    if (directLine) directLine.end();
    fetch(tokenUrl, { method: 'POST', credentials: 'omit', cache: 'no-store' })
      .then(function (res) {
        if (res.status === 429) throw forPerson('Too many chats were started from here. Please wait a minute and try again.');
        if (!res.ok) throw forPerson(UNAVAILABLE);
        return res.json();
      })
      .then(function (grant) {
        // Web Chat refreshes the token itself (POST {domain}/tokens/refresh) before it expires.
        directLine = window.WebChat.createDirectLine({
          token: grant.token,
          domain: domain,
          webSocket: webSocket,
          pollingInterval: webSocket ? undefined : 500,
        });
        store = window.WebChat.createStore({}, watch);
        window.WebChat.renderWebChat(
          {
            directLine: directLine,
            store: store,
            nonce: nonce,
            locale: 'en-US', // the bot speaks English
            styleOptions: styleOptions(),
          },
          container,
        );
      })
      .catch(function (error) {
        say(error && error.forPerson ? error.message : UNAVAILABLE, true);
      });
  }

  var UNAVAILABLE = 'The chat is not available right now. Please try again in a minute.';

  /** An error whose message is written for the person (others are replaced by UNAVAILABLE). */
  function forPerson(message) {
    var error = new Error(message);
    error.forPerson = true;
    return error;
  }

  function styleOptions() {
    return {
      accent: colours.accent,
      primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
      backgroundColor: '#F6F7F9',
      bubbleBackground: '#FFFFFF',
      bubbleBorderColor: '#DDE1E6',
      bubbleBorderRadius: 10,
      bubbleFromUserBackground: brand,
      bubbleFromUserBorderColor: brand,
      bubbleFromUserTextColor: colours.onBrand,
      bubbleFromUserBorderRadius: 10,
      bubbleMaxWidth: 640,
      bubbleMinWidth: 200,
      botAvatarInitials: initials(brandName),
      botAvatarBackgroundColor: colours.accent,
      avatarSize: 36,
      suggestedActionLayout: 'flow',
      suggestedActionBorderRadius: 18,
      suggestedActionBorderWidth: 1,
      suggestedActionBorderColor: colours.accent,
      suggestedActionTextColor: colours.accent,
      suggestedActionHeight: 36,
      sendBoxButtonColor: colours.accent,
      hideUploadButton: true,
    };
  }

  // "liveBooks" -> "LB", "Acme Mail" -> "AM": words, and capitals inside a word.
  function initials(name) {
    var words = name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[^A-Za-z0-9 ]/g, ' ').split(/\s+/).filter(Boolean);
    var letters = words.map(function (w) { return w[0]; }).join('');
    return (letters.length > 1 ? letters.slice(0, 2) : name.slice(0, 2)).toUpperCase();
  }

  // Text on the brand colour, and a shade of it readable on white (WCAG AA, 4.5:1).
  function palette(hex) {
    var accent = hex;
    for (var i = 0; i < 20 && contrast(accent, '#FFFFFF') < 4.5; i++) accent = darken(accent, 0.9);
    return { onBrand: contrast(hex, '#FFFFFF') >= 4.5 ? '#FFFFFF' : '#1B1B1B', accent: accent };
  }

  function channels(hex) {
    return [1, 3, 5].map(function (i) { return parseInt(hex.slice(i, i + 2), 16); });
  }

  function luminance(hex) {
    var c = channels(hex).map(function (v) {
      v /= 255;
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }

  function contrast(a, b) {
    var x = luminance(a);
    var y = luminance(b);
    return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
  }

  function darken(hex, factor) {
    return '#' + channels(hex).map(function (v) { return ('0' + Math.round(v * factor).toString(16)).slice(-2); }).join('');
  }

  if (startOver) {
    startOver.addEventListener('click', function () {
      // The bot understands "start over" typed or clicked; this sends exactly that.
      if (store) store.dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { text: 'start over' } });
    });
  }
  if (retry) retry.addEventListener('click', start);

  if (!window.WebChat) {
    say('The chat could not load. Please reload the page.', true);
    return;
  }
  start();
})();
