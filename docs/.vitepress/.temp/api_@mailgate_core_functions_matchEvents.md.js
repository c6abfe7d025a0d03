import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: matchEvents()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/core/functions/matchEvents.md","filePath":"api/@mailgate/core/functions/matchEvents.md"}');
const _sfc_main = { name: "api/@mailgate/core/functions/matchEvents.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="function-matchevents" tabindex="-1">Function: matchEvents() <a class="header-anchor" href="#function-matchevents" aria-label="Permalink to &quot;Function: matchEvents()&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">function</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> matchEvents</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span></span>
<span class="line"><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">   store</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, </span></span>
<span class="line"><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">   queries</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, </span></span>
<span class="line"><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">   now</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, </span></span>
<span class="line"><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">   rules</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?</span></span>
<span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">)</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> Promise</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">&lt;</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">readonly</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> (</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">Match</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> |</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> undefined</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">)[]&gt;;</span></span></code></pre></div><p>Defined in: ledger/match-events.ts:13</p><p>Matches many events at once: two batched look-ups (mailgate ids, VERP ids included; provider ids) serve the first three rules of <code>matchEvent</code>; only the events still unmatched cost one <code>listMessages</code> each for the address + time fallback. Answers in the order of <code>queries</code>. Store failures reject: the caller (the gate) turns them into its typed error.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="store" tabindex="-1">store <a class="header-anchor" href="#store" aria-label="Permalink to &quot;store&quot;">​</a></h3><p><a href="./../interfaces/LedgerStore"><code>LedgerStore</code></a></p><h3 id="queries" tabindex="-1">queries <a class="header-anchor" href="#queries" aria-label="Permalink to &quot;queries&quot;">​</a></h3><p>readonly <a href="./../interfaces/MatchQuery"><code>MatchQuery</code></a>[]</p><h3 id="now" tabindex="-1">now <a class="header-anchor" href="#now" aria-label="Permalink to &quot;now&quot;">​</a></h3><p><code>number</code></p><h3 id="rules" tabindex="-1">rules? <a class="header-anchor" href="#rules" aria-label="Permalink to &quot;rules?&quot;">​</a></h3><p><a href="./../interfaces/LedgerRules"><code>LedgerRules</code></a> = <code>defaultLedgerRules</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Promise</code>&lt;readonly (<a href="./../interfaces/Match"><code>Match</code></a> | <code>undefined</code>)[]&gt;</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/core/functions/matchEvents.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const matchEvents = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  matchEvents as default
};
