// The few things the page needs from the browser that Blazor does not offer. Nothing here sends data anywhere.
window.postLint = {
    browserLanguage: function () {
        return navigator.language || "en";
    },

    setLanguage: function (code) {
        document.documentElement.lang = code;
    },

    // The clipboard API exists only in secure contexts (https, localhost); elsewhere copy the selection.
    copy: async function (textarea) {
        if (navigator.clipboard && window.isSecureContext) {
            await navigator.clipboard.writeText(textarea.value);
            return;
        }
        textarea.select();
        document.execCommand("copy");
    },

    // Browsers without `field-sizing: content` scroll the text area; keep the highlights under the words.
    followScroll: function (textarea, backdrop) {
        textarea.addEventListener("scroll", function () {
            backdrop.scrollTop = textarea.scrollTop;
        });
    },
};
