// A portal widget that already put a shadow root of its own on the element
// the explorer is asked to mount in.
document.getElementById('shadowed').attachShadow({ mode: 'open' }).innerHTML = '<p>The portal’s own widget.</p>';
