import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: addressEffect()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/core/functions/addressEffect.md","filePath":"api/@mailgate/core/functions/addressEffect.md"}');
const _sfc_main = { name: "api/@mailgate/core/functions/addressEffect.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="function-addresseffect" tabindex="-1">Function: addressEffect() <a class="header-anchor" href="#function-addresseffect" aria-label="Permalink to &quot;Function: addressEffect()&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">function</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> addressEffect</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">event</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">)</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> AddressEffect</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>Defined in: ledger/address-effects.ts:38</p><p>The address side of an event. One truth: every problem comes with the suppression that keeps the address from being mailed, and nothing else suppresses.</p><ul><li><code>bounce</code> whose reason says the address cannot receive mail (<code>reasonInfo.suppress</code>), <code>invalid</code>, and <code>expired</code> (a soft bounce that never recovered, seed 004): bounced or invalid, suppressed as <code>previously_bounced</code>. A bounce for the content or the sender&#39;s reputation is the message&#39;s problem, not the address&#39;s.</li><li><code>complaint</code>: complained, <code>previously_complained</code>. (A DMARC failure report is no complaint: whoever turns reports into events leaves it out.)</li><li><code>unsubscribe</code>: from everything, a problem (<code>unsubscribed_from_all</code>); from one subscription type, only the suppression of that type.</li><li><code>blocked</code> by the provider&#39;s own suppression list (<code>suppressed_by_provider</code>): blocked, <code>previously_bounced</code>. A message mailgate itself did not send changes nothing: the decision came from the lists already.</li></ul><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="event" tabindex="-1">event <a class="header-anchor" href="#event" aria-label="Permalink to &quot;event&quot;">​</a></h3><p><a href="./../interfaces/LedgerEventInput"><code>LedgerEventInput</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>AddressEffect</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/core/functions/addressEffect.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const addressEffect = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  addressEffect as default
};
