/* ParkChain page helpers. */
var PC = PC || {};

/** Brings an element that an action just opened or filled (an editor, a signing step) into view. */
PC.reveal = function (id) {
    var element = document.getElementById(id);
    if (element) {
        element.scrollIntoView({block: 'start', behavior: 'smooth'});
        var focusable = element.querySelector('input:not([type=hidden]), select, textarea');
        if (focusable) {
            focusable.focus({preventScroll: true});
        }
    }
};
