/* ParkChain page helpers. */
var PC = PC || {};

/**
 * Brings the first of the given elements that is on the page into view: what an action just opened or filled (an
 * editor, a signing step), or else the messages that say why it did not open. Focuses its first field.
 */
PC.reveal = function () {
    for (var i = 0; i < arguments.length; i++) {
        var element = document.getElementById(arguments[i]);
        if (element) {
            element.scrollIntoView({block: 'start', behavior: 'smooth'});
            var focusable = element.querySelector('input:not([type=hidden]), select, textarea');
            if (focusable) {
                focusable.focus({preventScroll: true});
            }
            return;
        }
    }
};
