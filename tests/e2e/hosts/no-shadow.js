// A browser without Shadow DOM, for the explorer's light-DOM fallback.
Element.prototype.attachShadow = undefined;
