import { words } from './word-list';

/**
 * Mail domains that many people have, most used first: a domain one slip away from one
 * of these is probably that one mistyped. Global providers, then the ones common in the
 * Netherlands and Sweden, where our first host apps run.
 */
export const POPULAR_DOMAINS: readonly string[] = words(`
  gmail.com hotmail.com outlook.com yahoo.com icloud.com live.com googlemail.com aol.com
  msn.com me.com proton.me protonmail.com gmx.de gmx.net gmx.com web.de mail.com
  # the Netherlands
  ziggo.nl kpnmail.nl hetnet.nl planet.nl home.nl xs4all.nl casema.nl hotmail.nl live.nl
  outlook.nl upcmail.nl kpnplanet.nl chello.nl telfort.nl tele2.nl zeelandnet.nl
  # Sweden
  telia.com live.se hotmail.se yahoo.se outlook.se bredband.net spray.se bahnhof.se
  comhem.se tele2.se bredband2.com glocalnet.net passagen.se swipnet.se icloud.se
  # elsewhere in Europe
  hotmail.co.uk yahoo.co.uk btinternet.com hotmail.de hotmail.fr orange.fr wanadoo.fr
  free.fr t-online.de freenet.de telenet.be skynet.be
`);

/**
 * Real mail domains that are one or two slips away from a popular one but are not
 * typos of it: `mail.com` is not `gmail.com` missing a letter. No suggestion is made
 * for these, nor for the popular ones themselves.
 */
export const OTHER_REAL_DOMAINS: readonly string[] = words(`
  email.com ymail.com rocketmail.com mac.com gmx.at gmx.ch gmx.fr gmx.us gmx.co.uk mail.de
  mail.ru web.com aim.com live.co.uk live.de live.fr live.be live.dk live.no live.it
  live.ca hotmail.be hotmail.dk hotmail.no hotmail.fi hotmail.it hotmail.es outlook.de
  outlook.fr outlook.be outlook.dk outlook.es outlook.it yahoo.de yahoo.fr yahoo.es
  yahoo.it yahoo.nl yahoo.dk yahoo.no yahoo.ca yahoo.in aol.de aol.fr aol.nl pm.me
  proton.ch protonmail.ch tutanota.com tuta.io fastmail.com zoho.com yandex.com qq.com
  163.com naver.com home.se telia.se tele2.com planet.se online.de hetnet.com ziggo.com
  msn.nl me.se mail.se post.com
`);

/**
 * Top-level domains that addresses end in most, for a mistyped ending of a domain we
 * do not know (`acme.con` → `acme.com`). Only three-letter ones: a two-letter ending is
 * some country's, so never a typo we can be sure of.
 */
export const TYPO_TARGET_TLDS: readonly string[] = ['com', 'net', 'org'];

/**
 * Real top-level domains one slip away from com, net or org (`cam`, `new`, `ong` …),
 * and other common ones of three letters or more, which must never be "corrected".
 * Two-letter endings need no entry: they are never corrected.
 */
export const REAL_NEAR_TLDS: ReadonlySet<string> = new Set(
  words(`
  cam mom bom new bet pet vet nec ong one org com net info biz edu gov mil int app dev xyz
  top art eco fit law llc ltd moe nrw ngo onl ooo red run soy tel win wtf zip coop cool
  corp cat car cab ceo cfd get jet cpa crs dog fun gdn kim men moi mov nyc nab now nra obi
  off ott ovh pro pub rio sex ski spa tax uno vip wed wow xin
`),
);
