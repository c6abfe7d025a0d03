import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse(`{"title":"","description":"","frontmatter":{"layout":"home","hero":{"name":"mailgate","text":"Every e-mail either goes out, or says why not.","tagline":"An embeddable TypeScript SDK that decides whether a message may be sent, sends it through SMTP, Amazon SES, Microsoft Graph or Gmail, and answers one typed outcome — in English, Dutch or Swedish.","actions":[{"theme":"brand","text":"The gate","link":"/concepts/gate"},{"theme":"alt","text":"Reasons","link":"/reasons"},{"theme":"alt","text":"API reference","link":"/api/"}]},"features":[{"title":"One outcome per request","details":"sent, or not_sent with exactly one reason from a fixed catalogue, the stage that decided it, and whether retrying can help. Nothing thrown escapes."},{"title":"Policies that fail closed","details":"Consent, suppressions, role and disposable addresses, frequency caps and quotas. When a store cannot answer, nothing is sent."},{"title":"Any transport","details":"SMTP, Amazon SES, Microsoft Graph and the Gmail API behind one contract, with failover, and every provider error mapped to a reason."},{"title":"Bounces come back","details":"DSNs, complaints, auto-replies and the formats of common MTAs parsed into delivery events that update the next decision."},{"title":"A test kit","details":"A scriptable SMTP server and emulators of SES, Graph and Gmail that answer with the providers' real error bodies."},{"title":"A command line","details":"mailgate bounce, classify, explain, address, verify and suppressions — for the people who operate mail."}]},"headers":[],"relativePath":"index.md","filePath":"index.md"}`);
const _sfc_main = { name: "index.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("index.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const index = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  index as default
};
