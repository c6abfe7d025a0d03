import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: matchEvent()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/core/functions/matchEvent.md","filePath":"api/@mailgate/core/functions/matchEvent.md"}');
const _sfc_main = { name: "api/@mailgate/core/functions/matchEvent.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="function-matchevent" tabindex="-1">Function: matchEvent() <a class="header-anchor" href="#function-matchevent" aria-label="Permalink to &quot;Function: matchEvent()&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">function</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> matchEvent</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span></span>
<span class="line"><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">   query</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, </span></span>
<span class="line"><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">   candidates</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, </span></span>
<span class="line"><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">   rules</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?</span></span>
<span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">)</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> Match</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> |</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> undefined</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>Defined in: ledger/matching.ts:43</p><p>The message an event is about, among <code>candidates</code>, by the first rule that finds one:</p><ol><li>the mailgate id (then the id of a VERP return path the report was delivered to, reported as <code>verp</code>); 2. the provider&#39;s message id; 3. a Message-ID the report quotes (ours carry the mailgate id; others are compared with provider ids); 4. as a last resort, the latest message to the same address (and tenant, when known) sent at most <code>matchWindowMs</code> before the event — reported as <code>address_time</code>, since it may be wrong.</li></ol><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="query" tabindex="-1">query <a class="header-anchor" href="#query" aria-label="Permalink to &quot;query&quot;">​</a></h3><p><a href="./../interfaces/MatchQuery"><code>MatchQuery</code></a></p><h3 id="candidates" tabindex="-1">candidates <a class="header-anchor" href="#candidates" aria-label="Permalink to &quot;candidates&quot;">​</a></h3><p><code>Iterable</code>&lt;<a href="./../interfaces/LedgerMessage"><code>LedgerMessage</code></a> | <code>undefined</code>&gt;</p><h3 id="rules" tabindex="-1">rules? <a class="header-anchor" href="#rules" aria-label="Permalink to &quot;rules?&quot;">​</a></h3><p><a href="./../interfaces/LedgerRules"><code>LedgerRules</code></a> = <code>defaultLedgerRules</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/Match"><code>Match</code></a> | <code>undefined</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/core/functions/matchEvent.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const matchEvent = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  matchEvent as default
};
