import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: unmappedFailure()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/core/functions/unmappedFailure.md","filePath":"api/@mailgate/core/functions/unmappedFailure.md"}');
const _sfc_main = { name: "api/@mailgate/core/functions/unmappedFailure.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="function-unmappedfailure" tabindex="-1">Function: unmappedFailure() <a class="header-anchor" href="#function-unmappedfailure" aria-label="Permalink to &quot;Function: unmappedFailure()&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">function</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> unmappedFailure</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span></span>
<span class="line"><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">   transportName</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, </span></span>
<span class="line"><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">   error</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, </span></span>
<span class="line"><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">   options</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?</span></span>
<span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">)</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> TransportFailed</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>Defined in: transport/transport-helpers.ts:183</p><p>The failure for an error a transport&#39;s mapper cannot read: not an object, or one with no code or status it knows. Raised while a send was in flight, such an error may have come after the provider accepted the message, so the failure is <code>uncertain</code> (never retried blindly; the gate keeps the idempotency key), with reason <code>unknown</code>. <code>provider.text</code> describes the error — its name and message, on one line, at most 1,000 characters, without <code>secrets</code> and without anything shaped like a credential — and <code>provider.code</code> is its string <code>code</code>. Reads nothing else of the error, and never throws, whatever it is given.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="transportname" tabindex="-1">transportName <a class="header-anchor" href="#transportname" aria-label="Permalink to &quot;transportName&quot;">​</a></h3><p><code>string</code></p><h3 id="error" tabindex="-1">error <a class="header-anchor" href="#error" aria-label="Permalink to &quot;error&quot;">​</a></h3><p><code>unknown</code></p><h3 id="options" tabindex="-1">options? <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options?&quot;">​</a></h3><p><a href="./../interfaces/UnmappedFailureOptions"><code>UnmappedFailureOptions</code></a> = <code>{}</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/TransportFailed"><code>TransportFailed</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/core/functions/unmappedFailure.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const unmappedFailure = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  unmappedFailure as default
};
