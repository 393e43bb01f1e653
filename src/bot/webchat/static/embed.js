/*
 * The support chat: asks the bot for a Direct Line token, starts Web Chat in #webchat and
 * wires the "Start over" button. A separate file so the page's CSP can forbid inline
 * script. It runs both on the bot's own page (GET /) and embedded in the support site
 * (deploy/webchat): settings come from data-* attributes on the #webchat element.
 *
 * A reload, or the tab reopened, continues the same conversation: its id and token are kept
 * for this tab (sessionStorage, gone when the tab closes), the token is refreshed, and Web
 * Chat reconnects to the conversation and reads its history from Direct Line. A conversation
 * that has expired starts afresh, with a line that says so.
 */
(function () {
  'use strict';

  // The page passes its words in its language (data-messages); these English ones are for a
  // support site that embeds the chat without them.
  var TEXT = {
    connecting: 'Connecting to the chat…',
    reconnecting: 'Reconnecting to your chat…',
    expired: 'Your earlier chat has ended, so this is a new one.',
    disconnected: 'The chat was disconnected. Try again to start a new chat.',
    tooMany: 'Too many chats were started from here. Please wait a minute and try again.',
    unavailable: 'The chat is not available right now. Please try again in a minute.',
    noBundle: 'The chat could not load. Please reload the page.',
  };

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
  try {
    var given = JSON.parse(settings.messages || '{}');
    Object.keys(TEXT).forEach(function (k) {
      if (typeof given[k] === 'string' && given[k]) TEXT[k] = given[k];
    });
  } catch (e) {
    // a broken attribute: keep the defaults
  }
  // The page's language (a support site may set data-locale too); Web Chat sends it to the bot on every activity.
  var locale = settings.locale || document.documentElement.lang || 'en-US';
  var tokenUrl = new URL(settings.tokenUrl || '/api/directline/token', botBase).href;
  var domain = new URL(settings.directlineDomain || 'https://directline.botframework.com/v3/directline', botBase).href.replace(/\/+$/, '');
  var webSocket = settings.webSocket !== 'false';
  var brandName = settings.brandName || 'Support';
  var brand = /^#[0-9a-fA-F]{6}$/.test(settings.brandColor || '') ? settings.brandColor : '#0063B1';
  var colours = palette(brand);
  var reducedMotion = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

  var root = document.documentElement.style;
  root.setProperty('--webchat-brand', brand);
  root.setProperty('--webchat-brand-text', colours.onBrand);
  root.setProperty('--webchat-accent', colours.accent);

  var directLine;
  var store;
  var session; // { conversationId, token, expiresAt, lifetimeMs } of the conversation on screen
  var notice = ''; // a line that stays until the person says something (the conversation is new)

  function say(text, problem) {
    if (!status) return;
    status.textContent = text || notice;
    status.classList.toggle('is-problem', !!problem);
    if (retry) retry.hidden = !problem;
  }

  function setStartOver(enabled) {
    if (startOver) startOver.disabled = !enabled;
  }

  // --- the conversation kept for this tab ---

  var SESSION_KEY = 'webchat-session:' + tokenUrl;

  function loadSession() {
    try {
      var saved = JSON.parse(window.sessionStorage.getItem(SESSION_KEY) || 'null');
      return saved && typeof saved.conversationId === 'string' && typeof saved.token === 'string' ? saved : undefined;
    } catch (e) {
      return undefined; // storage off (private mode, policy): the chat still works, without resuming
    }
  }

  function saveSession() {
    if (!session) return;
    // Web Chat refreshes the token itself while the page is open; keep the newest one.
    if (directLine && directLine.token && directLine.token !== session.token) {
      session.token = directLine.token;
      session.expiresAt = Date.now() + session.lifetimeMs;
    }
    try {
      window.sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
    } catch (e) {
      // not kept: a reload starts a new chat
    }
  }

  function forgetSession() {
    session = undefined;
    try {
      window.sessionStorage.removeItem(SESSION_KEY);
    } catch (e) {
      // nothing kept
    }
  }

  function describe(grant, conversationId) {
    var seconds = Number(grant.expiresIn || grant.expires_in) || 1800;
    return {
      conversationId: grant.conversationId || conversationId,
      token: grant.token,
      lifetimeMs: seconds * 1000,
      expiresAt: Date.now() + seconds * 1000,
    };
  }

  // --- connecting ---

  // Direct Line connection states (botframework-directlinejs ConnectionStatus).
  var EXPIRED_TOKEN = 3;
  var FAILED_TO_CONNECT = 4;
  var ENDED = 5;

  var generation = 0; // actions of a chat replaced by a newer one are not ours to act on

  function watch(mine) {
    return function () {
      return function (next) {
        return function (action) {
          if (mine === generation) react(action);
          return next(action);
        };
      };
    };
  }

  function react(action) {
    if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
      say('');
      setStartOver(true);
    } else if (action.type === 'DIRECT_LINE/POST_ACTIVITY') {
      if (notice) {
        notice = '';
        say('');
      }
    } else if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') {
      saveSession();
    } else if (action.type === 'DIRECT_LINE/UPDATE_CONNECTION_STATUS') {
      var state = action.payload && action.payload.connectionStatus;
      if (state === EXPIRED_TOKEN && session) {
        // The conversation is gone (expired, or the service forgot it): a new one, kindly.
        forgetSession();
        notice = TEXT.expired;
        setTimeout(begin, 0);
      } else if (state === FAILED_TO_CONNECT || state === ENDED) {
        setStartOver(false);
        say(TEXT.disconnected, true);
      }
    }
  }

  function connect(options) {
    if (directLine) directLine.end();
    directLine = window.WebChat.createDirectLine({
      token: session.token,
      conversationId: options.resume ? session.conversationId : undefined,
      domain: domain,
      webSocket: webSocket,
      pollingInterval: webSocket ? undefined : 500,
      // Direct Line puts this locale on the join activity, so the welcome is in the page's language
      // (without it the join carries no locale and the welcome would be English).
      conversationStartProperties: { locale: locale },
    });
    saveSession();
    store = window.WebChat.createStore({}, watch(++generation));
    window.WebChat.renderWebChat(
      {
        directLine: directLine,
        store: store,
        nonce: nonce,
        locale: locale,
        renderMarkdown: renderMarkdown,
        styleOptions: styleOptions(),
      },
      container,
    );
  }

  /** This tab's conversation can't go on (expired, or forgotten): a new one, and a line saying so. */
  function startFresh() {
    forgetSession();
    notice = TEXT.expired;
    begin();
  }

  /** Continues this tab's conversation when there is one, else starts a new one. */
  function begin() {
    setStartOver(false);
    var saved = loadSession();
    if (saved && saved.expiresAt > Date.now() + 5000) {
      say(TEXT.reconnecting);
      // A fresh token before reconnecting: the saved one may be close to expiry.
      fetch(domain + '/tokens/refresh', {
        method: 'POST',
        headers: { Authorization: 'Bearer ' + saved.token },
        credentials: 'omit',
        cache: 'no-store',
      })
        .then(function (res) {
          if (res.status === 401 || res.status === 403 || res.status === 404) return undefined; // gone
          if (!res.ok) throw forPerson(TEXT.unavailable);
          return res.json();
        })
        .then(function (grant) {
          if (!grant || !grant.token) return startFresh();
          session = describe(grant, saved.conversationId);
          connect({ resume: true });
        })
        .catch(failed);
      return;
    }
    if (saved) {
      startFresh();
      return;
    }
    say(notice || TEXT.connecting);
    fetch(tokenUrl, { method: 'POST', credentials: 'omit', cache: 'no-store' })
      .then(function (res) {
        if (res.status === 429) throw forPerson(TEXT.tooMany);
        if (!res.ok) throw forPerson(TEXT.unavailable);
        return res.json();
      })
      .then(function (grant) {
        session = describe(grant);
        connect({ resume: false });
      })
      .catch(failed);
  }

  function failed(error) {
    say(error && error.forPerson ? error.message : TEXT.unavailable, true);
  }

  /** An error whose message is written for the person (others are replaced by TEXT.unavailable). */
  function forPerson(message) {
    var error = new Error(message);
    error.forPerson = true;
    return error;
  }

  // --- how it looks ---

  /**
   * Web Chat's markdown, except that a bare host name ("imap.livebooks.com" in the set-up
   * steps) stays text: Web Chat guesses it is a web address and links it to http://, a page
   * that isn't there. Links written as links, and full URLs, stay links.
   */
  function renderMarkdown(markdown, options, extra) {
    var html = window.WebChat.renderMarkdown(markdown, options, extra);
    if (html.indexOf('href="http://') < 0) return html;
    var template = document.createElement('template');
    template.innerHTML = html;
    Array.prototype.forEach.call(template.content.querySelectorAll('a[href^="http://"]'), function (a) {
      var text = a.textContent.trim();
      if (a.getAttribute('href') === 'http://' + text) a.replaceWith(document.createTextNode(text));
    });
    return template.innerHTML;
  }

  // A still "…" for the typing indicator when the person asked for less motion.
  var STILL_TYPING =
    'url("data:image/svg+xml,' +
    encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20" viewBox="0 0 40 20"><g fill="#5C6470"><circle cx="8" cy="10" r="3"/><circle cx="20" cy="10" r="3"/><circle cx="32" cy="10" r="3"/></g></svg>') +
    '")';

  function styleOptions() {
    var options = {
      accent: colours.accent,
      primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
      backgroundColor: '#F6F7F9',
      // Timestamps and other small print: 5.8:1 on the chat's background (Web Chat's grey is 4.2:1).
      subtle: '#596069',
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
      // Focus you can see (WCAG 2.4.7): solid, in the accent colour, not a faint dashed line.
      suggestedActionKeyboardFocusIndicatorBorderColor: colours.accent,
      suggestedActionKeyboardFocusIndicatorBorderStyle: 'solid',
      suggestedActionKeyboardFocusIndicatorBorderWidth: 2,
      suggestedActionKeyboardFocusIndicatorBorderRadius: 16,
      suggestedActionKeyboardFocusIndicatorInset: 3,
      sendBoxButtonKeyboardFocusIndicatorBorderColor: colours.accent,
      sendBoxButtonKeyboardFocusIndicatorBorderWidth: 2,
      transcriptVisualKeyboardIndicatorColor: colours.accent,
      transcriptVisualKeyboardIndicatorWidth: 3,
      transcriptActivityVisualKeyboardIndicatorColor: colours.accent,
      transcriptActivityVisualKeyboardIndicatorStyle: 'solid',
      transcriptActivityVisualKeyboardIndicatorWidth: 2,
      sendBoxButtonColor: colours.accent,
      hideUploadButton: true,
    };
    if (reducedMotion) options.typingAnimationBackgroundImage = STILL_TYPING;
    return options;
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

  // --- keyboard ---

  // Web Chat's answer buttons are one Tab stop (arrow keys move between them). Tab and
  // Shift+Tab step through them too, so every answer is reachable with Tab alone.
  container.addEventListener(
    'keydown',
    function (event) {
      if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
      var button = event.target.closest && event.target.closest('.webchat__suggested-actions__button');
      if (!button) return;
      var toolbar = button.closest('[role="toolbar"]') || button.parentNode;
      var buttons = Array.prototype.slice.call(toolbar.querySelectorAll('.webchat__suggested-actions__button:not(:disabled)'));
      var next = buttons[buttons.indexOf(button) + (event.shiftKey ? -1 : 1)];
      if (!next) return; // past the first or the last: on to the page's next stop
      event.preventDefault();
      event.stopPropagation();
      next.focus();
    },
    true,
  );

  if (startOver) {
    startOver.addEventListener('click', function () {
      // The bot understands "start over" typed or clicked; this sends exactly that.
      if (store) store.dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { text: 'start over' } });
    });
  }
  if (retry) {
    retry.addEventListener('click', function () {
      forgetSession();
      notice = '';
      begin();
    });
  }
  window.addEventListener('pagehide', saveSession);

  if (!window.WebChat) {
    say(TEXT.noBundle, true);
    return;
  }
  begin();
})();
