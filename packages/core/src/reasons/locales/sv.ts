import type { ReasonTexts } from '../reason-types';

/** Svenska texter för varje orsak. */
export const sv: ReasonTexts = {
  // Mottagare och adress
  no_address: {
    title: 'Ingen adress att skicka till',
    cause:
      'Meddelandet kräver en viss sorts adress (privat eller jobb) som mottagaren saknar, och den andra adressen får inte användas.',
    remedy:
      'Lägg till den saknade adressen hos mottagaren, eller ställ in mallen på den adress som finns. Du kan också låta mallen använda den andra adressen när den önskade är tom.',
  },
  wrong_recipient_type: {
    title: 'Fel sorts mottagare',
    cause:
      'Mallen är gjord för en annan sorts mottagare, till exempel kontaktpersoner, men meddelandet gick till en kandidat (eller tvärtom).',
    remedy: 'Öppna mallen, välj rätt sorts mottagare, spara den och skicka meddelandet igen.',
  },
  invalid_recipient_address: {
    title: 'Mottagarens adress är ogiltig',
    cause:
      'Mottagarens e-postadress är inte korrekt skriven. Det saknas till exempel ett "@", eller så finns det ett mellanslag eller ett konstigt tecken i den.',
    remedy: 'Rätta adressen hos mottagaren och skicka meddelandet igen.',
  },
  invalid_sender_address: {
    title: 'Avsändaradressen är ogiltig',
    cause: 'Adressen som meddelandet skulle skickas från är ingen giltig e-postadress.',
    remedy:
      'Kontrollera avsändaradressen i din profil eller i inställningarna för din inkorg, rätta den och skicka igen. Be din administratör om hjälp om du inte kan ändra den själv.',
  },
  role_address: {
    title: 'Gemensam funktionsadress',
    cause:
      'Adressen hör till en funktion eller en avdelning och inte till en person, till exempel info@ eller sales@. Enligt dina inställningar skickas inga utskick till sådana adresser.',
    remedy:
      'Be organisationen om en personlig adress till den du vill nå och lägg in den hos mottagaren.',
  },
  disposable_address: {
    title: 'Engångsadress',
    cause:
      'Adressen kommer från en tjänst för tillfälliga inkorgar. Sådana försvinner snabbt, så ingen e-post skickas dit.',
    remedy: 'Be mottagaren om en adress som hen faktiskt använder och uppdatera uppgifterna.',
  },
  recipient_domain_unknown: {
    title: 'Mottagarens domän finns inte',
    cause:
      'Delen efter "@" i adressen är ingen domän som kan ta emot e-post. Oftast är den felstavad, som "gmial.com" eller ".con" i stället för ".com".',
    remedy:
      'Kontrollera hur domänen är stavad, jämför gärna med adressen i ett CV eller en e-postsignatur, och rätta den hos mottagaren.',
  },
  invalid_request: {
    title: 'Meddelandet kunde inte förberedas',
    cause:
      'Något som behövs för meddelandet saknades eller gick inte att använda, så det kunde inte skickas alls.',
    remedy:
      'Försök igen från vyn där du började. Om det fortsätter, kontakta din administratör eller supporten och berätta när det hände.',
  },

  // Samtycke och spärrar
  unsubscribed_from_type: {
    title: 'Avregistrerad från den här sortens e-post',
    cause:
      'Mottagaren har avregistrerat sig från den här typen av meddelanden. Andra typer kan hen fortfarande få.',
    remedy:
      'Respektera valet och låt personen stå utanför den här sortens utskick. Mottagaren kan själv registrera sig igen, till exempel via en sida för e-postinställningar.',
  },
  unsubscribed_from_all: {
    title: 'Avregistrerad från all e-post',
    cause: 'Mottagaren har avregistrerat sig från alla typer av meddelanden som du skickar.',
    remedy:
      'Skicka inga utskick till personen. Bara mottagaren själv kan ändra det genom att registrera sig igen.',
  },
  opt_in_unconfirmed: {
    title: 'Adressen är inte bekräftad än',
    cause:
      'Mottagaren har ännu inte bekräftat sin adress eller prenumeration via bekräftelselänken, så inga utskick får gå dit.',
    remedy:
      'Vänta på bekräftelsen, eller skicka en ny bekräftelseförfrågan om den första missades. Tänk på att en ändrad adress måste bekräftas på nytt.',
  },
  recipient_opted_out_of_platform: {
    title: 'Mottagaren tackar nej till e-post via plattformen',
    cause:
      'Personen har bett att inte få någon e-post som skickas via den här plattformen, eller har anmält sådan e-post som skräppost. Adresser som är kända spamfällor spärras på samma sätt.',
    remedy:
      'Kontakta supporten om du tror att det är ett misstag. För att häva spärren måste du kunna visa att det är en verklig person som vill ha din e-post.',
  },
  company_opted_out: {
    title: 'Mottagarens företag har tackat nej',
    cause:
      'Mottagarens företag har uttryckligen bett att inte få någon e-post som skickas via den här plattformen.',
    remedy: 'Nå personen på något annat sätt, till exempel per telefon.',
  },
  domain_blocked: {
    title: 'Mottagarens domän är spärrad',
    cause:
      'Ägaren till den här e-postdomänen har bett att inte få e-post via den här plattformen, så ingen adress på domänen får e-post härifrån.',
    remedy: 'Kontakta mottagaren på annat sätt, eller be om en adress på en annan domän.',
  },
  recipient_status_blocked: {
    title: 'Statusen tillåter inga utskick',
    cause:
      'Mottagarens status, till exempel "Ej aktuell" eller "Avliden", är inställd så att personer med den inte får några utskick.',
    remedy:
      'Kontrollera om statusen stämmer och ändra den om den är fel. Stämmer den är det meningen att personen hoppas över. Ett enskilt meddelande går fortfarande att skicka: gör det från mottagarens egen detaljvy i stället för från en lista.',
  },
  recipient_group_blocked: {
    title: 'Gruppen tillåter inga utskick',
    cause:
      'Mottagaren ingår i en grupp, till exempel "Inga utskick", vars medlemmar inte får några utskick.',
    remedy:
      'Kontrollera om personen hör hemma i gruppen och ta bort hen därifrån om inte. Hör hen hemma där är det meningen att hen hoppas över. Ett enskilt meddelande går fortfarande att skicka från mottagarens egen detaljvy i stället för från en lista.',
  },
  address_flagged_invalid: {
    title: 'Adressen är markerad som felaktig',
    cause:
      'Ett tidigare meddelande till adressen studsade. Därför markerades adressen som felaktig och hoppas nu över.',
    remedy:
      'Öppna mottagarens uppgifter, kontrollera adressen och rätta den. Om adressen ändå är korrekt tar du bort markeringen om att den är felaktig.',
  },
  previously_bounced: {
    title: 'Tidigare e-post till adressen studsade',
    cause:
      'Ett tidigare meddelande till adressen gick inte att leverera och felet var bestående, så inget mer skickas dit.',
    remedy:
      'Leta efter stavfel, som ".con" i stället för ".com" eller "gmai.com" i stället för "gmail.com", och rätta adressen. Är du säker på att den stämmer kan supporten eller din administratör ta bort den från spärrlistan så att du kan skicka igen.',
  },
  globally_bounced: {
    title: 'Adressen har studsat hos andra avsändare',
    cause:
      'E-post till adressen har studsat permanent hos en annan avsändare på plattformen. Sådana resultat gäller per adress och inte per organisation, så de påverkar alla.',
    remedy:
      'Kontrollera adressen och be mottagaren om en aktuell adress. Kontakta supporten om du är säker på att adressen fungerar.',
  },
  previously_complained: {
    title: 'Mottagaren markerade tidigare e-post som skräppost',
    cause:
      'Mottagaren, eller mottagarens e-postleverantör, har markerat ett tidigare meddelande som skräppost eller oönskat. Därför skickas ingen mer e-post dit.',
    remedy:
      'Om ni båda är överens om att mottagaren vill ha din e-post kan supporten häva spärren. Mottagaren bör också flytta ett av dina meddelanden från skräpposten till inkorgen, eller lägga till din adress bland betrodda avsändare, så att det inte händer igen.',
  },
  frequency_capped: {
    title: 'Maxantalet utskick till mottagaren är nått',
    cause:
      'Mottagaren har redan fått så många utskick som dina inställningar tillåter under den här perioden.',
    remedy: 'Skicka när perioden är slut, eller höj gränsen i inställningarna om den är för snäv.',
  },
  low_engagement: {
    title: 'Mottagaren engagerar sig inte längre',
    cause:
      'Mottagaren har inte öppnat eller klickat på något på länge. Att skicka till personer som inte reagerar skadar ditt rykte som avsändare, så de hoppas över.',
    remedy:
      'Ta bort personer som inte har reagerat på flera månader (sex månader är en vanlig gräns) från dina utskickslistor, eller fråga dem en gång om de fortfarande vill höra av dig.',
  },
  duplicate_request: {
    title: 'Redan skickat',
    cause:
      'Exakt det här meddelandet har redan skickats eller håller på att skickas, så det skickades inte en gång till.',
    remedy: 'Titta i meddelandehistoriken innan du skickar igen. Inget mer behöver göras.',
  },
  policy_failed: {
    title: 'Kontrollen före utskicket blev inte klar',
    cause:
      'En av kontrollerna som avgör om ett meddelande får skickas blev inte klar. För säkerhets skull skickades meddelandet inte.',
    remedy:
      'Försök igen om några minuter. Om det fortsätter, kontakta din administratör eller supporten.',
  },

  // Utskicket och kontot
  cancelled: {
    title: 'Utskicket avbröts',
    cause: 'Utskicket avbröts innan det här meddelandet hann skickas.',
    remedy: 'Om det inte var meningen, skicka eller schemalägg meddelandet igen.',
  },
  campaign_paused: {
    title: 'Utskicket har pausats',
    cause:
      'Utskicket stoppades automatiskt eftersom för många meddelanden studsade, anmäldes som skräppost eller ledde till avregistreringar. Det skyddar ditt rykte som avsändare.',
    remedy:
      'Innan du återupptar utskicket: ta bort mottagare som aldrig gett sitt samtycke, se till att avregistreringar från andra system är importerade och uteslut kontakter som du inte har skickat till på över sex månader. Skicka sedan till de mottagare som är kvar.',
  },
  gate_closed: {
    title: 'Utskicksfunktionen stängdes',
    cause:
      'Programmet höll på att stänga sin utskicksfunktion när meddelandet skulle skickas, så det lämnades aldrig till e-postleverantören.',
    remedy: 'Skicka meddelandet igen när programmet är igång; ingenting har skickats.',
  },
  sender_deleted: {
    title: 'Avsändaren finns inte längre',
    cause:
      'Användaren som schemalade meddelandet togs bort innan det skulle skickas, så det gick aldrig iväg.',
    remedy: 'Schemalägg meddelandet igen som en annan användare.',
  },
  account_monthly_limit: {
    title: 'Månadsgränsen för utskick är nådd',
    cause:
      'Ditt konto har redan använt upp det antal e-postmeddelanden som får skickas den här månaden.',
    remedy:
      'Vänta tills gränsen nollställs nästa månad, eller be din leverantör eller administratör om en högre gräns.',
  },
  account_suspended: {
    title: 'Avsändarkontot är avstängt',
    cause:
      'Ditt konto har stängts av från att skicka e-post, oftast på grund av brott mot reglerna för utskick eller leveransproblem som många studsar eller skräppostanmälningar.',
    remedy:
      'Kontakta din administratör eller leverantören för att få veta varför och vad som krävs för att avstängningen ska hävas.',
  },

  // Avsändarens inkorg och leverantören
  inbox_auth_failed: {
    title: 'Inloggningen till inkorgen misslyckades',
    cause:
      'Din e-postleverantör godkände inte inloggningen eller behörigheten att skicka från din inkorg, till exempel för att lösenordet har ändrats eller åtkomsten dragits in.',
    remedy:
      'Anslut din inkorg på nytt och skicka igen. Hjälper inte det, kontakta din e-postleverantör eller IT-administratör.',
  },
  inbox_connection_failed: {
    title: 'Kunde inte ansluta till e-postservern',
    cause: 'Anslutningen till din e-postserver eller e-postleverantör misslyckades.',
    remedy:
      'Försök igen senare. Om det fortsätter, kontakta din e-postleverantör eller IT-administratör.',
  },
  inbox_suspended: {
    title: 'Inkorgen har stängts av hos leverantören',
    cause: 'Din e-postleverantör har stängt av möjligheten att skicka från den här inkorgen.',
    remedy: 'Kontakta din e-postleverantör eller IT-administratör för att kunna skicka igen.',
  },
  sender_mailbox_full: {
    title: 'Din egen inkorg är full',
    cause:
      'Din egen e-postlåda har nått sin maxstorlek, så leverantören ville inte skicka och spara meddelandet.',
    remedy:
      'Radera eller arkivera gamla meddelanden, töm mappen Borttagna objekt och skicka igen. Din IT-administratör kan också höja gränsen.',
  },
  tenant_migration_permission_error: {
    title: 'Behörighetsfel efter flytt av inkorgen',
    cause:
      'Din inkorg har flyttats från en Microsoft 365-miljö (tenant) till en annan, och kopplingen pekar fortfarande på den gamla. Därför saknas behörighet att skicka.',
    remedy:
      'Be en administratör i den gamla Microsoft 365-tenanten att ta bort appen under Företagsprogram (Enterprise applications) i Microsoft Entra ID, tidigare Azure Active Directory. Anslut sedan din inkorg på nytt.',
  },
  send_as_denied: {
    title: 'Ingen behörighet att skicka som den här adressen',
    cause:
      'Kontot som används för att skicka har inte rätt att skicka e-post för adressen i fältet "Från".',
    remedy:
      'Skicka från din egen adress, eller be din IT-administratör om behörigheten "Skicka som" för adressen.',
  },
  provider_rate_limited: {
    title: 'Leverantörens sändningsgräns är nådd',
    cause:
      'Din e-postleverantör meddelar att du har skickat för många meddelanden under en viss tid. Varje leverantör har sina egna gränser.',
    remedy:
      'Vänta minst ett dygn innan du skickar igen, eller be leverantören om en högre sändningsgräns.',
  },
  provider_timeout: {
    title: 'E-postleverantören svarade inte i tid',
    cause: 'Begäran till din e-postleverantör om att skicka meddelandet tog för lång tid.',
    remedy:
      'Kontrollera först om meddelandet ändå gick iväg, och försök annars igen senare. Om det fortsätter, titta på leverantörens statussida.',
  },
  microsoft_timeout: {
    title: 'Microsoft svarade inte i tid',
    cause: 'Begäran till Microsoft om att skicka meddelandet tog för lång tid och avbröts.',
    remedy:
      'Kontrollera först om meddelandet ändå gick iväg, och försök annars igen senare. Om det fortsätter, titta på Microsofts statussida.',
  },
  message_invalid: {
    title: 'Leverantören nekade meddelandet',
    cause:
      'Din e-postleverantör nekade själva meddelandet innan det ens skulle levereras, till exempel på grund av storleken, en bilaga eller formatet.',
    remedy:
      'Gör meddelandet mindre eller enklare (färre eller mindre bilagor) och försök igen. Hjälper inte det, kontakta supporten.',
  },
  suppression_store_unavailable: {
    title: 'Spärrlistan kunde inte kontrolleras',
    cause:
      'Listan över adresser som inte får ta emot e-post gick inte att läsa. För att inte råka skicka till någon som står på listan hölls meddelandet tillbaka.',
    remedy:
      'Försök igen om några minuter. Meddelandet kan skickas så snart listan går att nå igen.',
  },
  unknown: {
    title: 'Inte skickat',
    cause: 'Meddelandet skickades inte, och ingen specifik orsak kunde hittas.',
    remedy:
      'Försök igen senare. Misslyckas det igen, kontakta supporten och berätta när du skickade meddelandet.',
  },

  // Leverans, från mottagarsidan
  recipient_unknown: {
    title: 'Mottagarens adress finns inte',
    cause:
      'Mottagarens e-postserver säger att det inte finns någon inkorg med den här adressen. Ofta är adressen felstavad eller så har personen slutat på organisationen.',
    remedy:
      'Leta efter stavfel, jämför gärna med adressen i ett CV eller en signatur, och rätta uppgifterna. Be annars personen om en aktuell adress.',
  },
  recipient_moved: {
    title: 'Mottagaren har flyttat',
    cause:
      'Inkorgen finns inte längre på den här adressen, och mottagarsidan har inte angett någon ny.',
    remedy: 'Be mottagaren om den nya adressen och uppdatera uppgifterna.',
  },
  mailbox_disabled: {
    title: 'Inkorgen är avstängd',
    cause:
      'Mottagarens e-postlåda har stängts av eller spärrats av leverantören, ofta för att kontot har avslutats.',
    remedy:
      'Nå personen på annat sätt, be om en adress som hen använder nu och uppdatera uppgifterna.',
  },
  mailbox_full: {
    title: 'Mottagarens inkorg är full',
    cause: 'Mottagarens e-postlåda är full och kan inte ta emot nya meddelanden just nu.',
    remedy:
      'Oftast behöver du inte göra något: leveransen försöks igen ett tag. Om det fortsätter att misslyckas, kontakta mottagaren på annat sätt.',
  },
  message_too_large: {
    title: 'Meddelandet är för stort',
    cause: 'Meddelandet är, med bilagor, större än vad mottagarens e-postserver tar emot.',
    remedy:
      'Gör bilagorna mindre eller färre, eller dela stora filer via en länk, och skicka igen.',
  },
  rejected_as_spam: {
    title: 'Nekat som skräppost',
    cause: 'Mottagarens e-postserver bedömde meddelandet som skräppost och nekade det.',
    remedy:
      'Gör meddelandet mindre reklamlikt: färre länkar och bilder, inga förkortade länkar och en tydlig ämnesrad. Skicka det sedan igen. Om det fortsätter, be din administratör se över inställningarna för utskick.',
  },
  virus_detected: {
    title: 'Virus hittades i meddelandet',
    cause: 'Mottagarens e-postserver hittade något den anser vara skadligt, oftast i en bilaga.',
    remedy:
      'Kontrollera bilagorna med ett antivirusprogram, eller skicka dem i ett annat format eller via en länk.',
  },
  content_rejected: {
    title: 'Innehållet nekades',
    cause:
      'Mottagarens e-postserver nekade meddelandet på grund av innehållet eller hur det är uppbyggt.',
    remedy:
      'Prova att skicka en enklare version utan ovanliga bilagor eller formatering. Hjälper inte det, kontakta supporten.',
  },
  not_rfc_compliant: {
    title: 'Meddelandet följer inte e-poststandarden',
    cause:
      'Mottagarens e-postserver nekade meddelandet eftersom det inte följer standarderna för e-post, till exempel i rubrikfälten.',
    remedy:
      'Det här kräver oftast en teknisk åtgärd. Rapportera det till supporten och ange vilken adress det skickades till.',
  },
  policy_rejected: {
    title: 'Nekat av mottagarens regler',
    cause:
      'Den mottagande organisationens regler för e-post tillåter inte meddelandet, till exempel på grund av bilagor, storleken eller vem som får skriva till adressen.',
    remedy:
      'Fråga mottagaren på annat sätt om hen kan ta emot den här sortens meddelanden, eller skicka en enklare version.',
  },
  recipient_filtered: {
    title: 'Stoppat av mottagarens filter',
    cause:
      'Ett filter hos mottagaren nekade meddelandet, till exempel en inställning som bara släpper igenom e-post från kända avsändare.',
    remedy: 'Be mottagaren lägga till din adress bland godkända avsändare och skicka sedan igen.',
  },
  delivery_expired: {
    title: 'Leveransförsöken gavs upp',
    cause:
      'Mottagarens e-postserver gick inte att nå på flera dagar, så försöken att leverera meddelandet avbröts.',
    remedy:
      'Kontrollera att adressen stämmer. Gör den det, försök igen senare eller kontakta mottagaren på annat sätt.',
  },
  suppressed_by_provider: {
    title: 'Adressen är spärrad hos din e-postleverantör',
    cause:
      'Din e-postleverantör skickade inte meddelandet eftersom adressen finns på leverantörens egen spärrlista, oftast efter en tidigare studs eller skräppostanmälan.',
    remedy:
      'Kontrollera adressen. Stämmer den och vill mottagaren ha din e-post, be din administratör ta bort adressen från spärrlistan hos leverantören.',
  },
  delivery_failed: {
    title: 'Kunde inte levereras',
    cause:
      'Meddelandet skickades men kom tillbaka olevererat, utan någon tydlig förklaring från mottagarsidan.',
    remedy:
      'Kontrollera adressen. Ser den rätt ut och händer det igen, kontakta supporten så kan de ta fram detaljerna om leveransen.',
  },
  sender_blocked: {
    title: 'Den sändande servern är blockerad',
    cause:
      'Mottagarens e-postserver tog inte emot e-post från servern som ditt meddelande kom från, till exempel för att den finns på en spärrlista.',
    remedy:
      'Försök igen senare. Om det fortsätter, be din administratör eller leverantör ta reda på om den sändande servern är blockerad.',
  },
  sender_bad_reputation: {
    title: 'Dåligt rykte som avsändare',
    cause:
      'Mottagarens e-postserver nekade meddelandet eftersom e-post från din domän eller server har dåligt rykte, ofta efter många studsar eller skräppostanmälningar.',
    remedy:
      'Skicka mindre, och bara till personer som har bett om din e-post, och rensa dina listor. Be din administratör se över hur utskicken är uppsatta.',
  },
  sender_ptr_missing: {
    title: 'Den sändande servern kan inte identifieras',
    cause:
      'Mottagarens e-postserver nekade meddelandet eftersom servern som skickade det saknar ett korrekt namn i internets adressystem (omvänd DNS).',
    remedy:
      'Be din administratör eller e-postleverantör att ställa in omvänd DNS för den sändande servern.',
  },
  sender_authentication_failed: {
    title: 'Avsändaren kunde inte verifieras',
    cause:
      'Mottagarens e-postserver kunde inte bekräfta att meddelandet verkligen kommer från din domän, eftersom kontroller som SPF, DKIM eller DMARC misslyckades.',
    remedy:
      'Be din administratör kontrollera domänens SPF-, DKIM- och DMARC-poster för det här sättet att skicka.',
  },
  sender_rejected: {
    title: 'Avsändaradressen nekades',
    cause: 'Mottagarens e-postserver nekade adressen som meddelandet skickades från.',
    remedy:
      'Kontrollera att avsändaradressen finns och är rätt uppsatt, eller skicka från en annan adress. Din administratör kan hjälpa till.',
  },
  relay_denied: {
    title: 'E-postservern vägrade skicka vidare',
    cause:
      'En e-postserver vägrade skicka meddelandet vidare, eftersom den inte hanterar e-post för adressen eller inte tar emot e-post från din server.',
    remedy:
      'Kontrollera mottagarens adress. Stämmer den, be din administratör se över inställningarna för e-postservern.',
  },
  security_rejected: {
    title: 'Nekat av säkerhetsskäl',
    cause:
      'Mottagarens e-postserver nekade meddelandet enligt sina säkerhetsregler, till exempel för att din server inte får leverera till adressen.',
    remedy:
      'Fråga mottagaren på annat sätt om hen kan ta emot e-post från dig. Din administratör kan titta på de tekniska detaljerna.',
  },
  tls_failed: {
    title: 'Säker anslutning misslyckades',
    cause:
      'Det gick inte att upprätta en säker, krypterad anslutning till mottagarens e-postserver, så meddelandet lämnades inte över.',
    remedy:
      'Försök igen senare. Om det fortsätter, be din administratör eller leverantör kontrollera krypteringsinställningarna.',
  },
  receiver_rate_limited: {
    title: 'Mottagarens server ber dig sakta ner',
    cause:
      'Mottagarens e-postserver fick för många meddelanden från dig på kort tid och tar inte emot fler just nu.',
    remedy:
      'Du behöver inte göra något nu: det brukar gå bra att skicka igen senare. Sprid ut stora utskick över en längre tid.',
  },
  domain_not_accepting_mail: {
    title: 'Domänen tar inte emot e-post',
    cause:
      'Mottagarens domän finns, men är inställd på att inte ta emot någon e-post alls. Adressen går alltså inte att använda.',
    remedy: 'Be mottagaren om en annan adress och uppdatera uppgifterna.',
  },
  network_error: {
    title: 'Nätverksproblem på vägen',
    cause: 'Ett nätverksproblem hindrade meddelandet från att nå mottagarens e-postserver.',
    remedy: 'Försök igen senare. Sådana problem brukar vara tillfälliga.',
  },
  receiver_system_error: {
    title: 'Fel hos mottagarens e-postserver',
    cause: 'Mottagarens e-postserver hade ett tekniskt fel och kunde inte ta emot meddelandet.',
    remedy:
      'Försök igen senare. Om det fortsätter att misslyckas, kontakta mottagaren på annat sätt.',
  },
  receiver_system_full: {
    title: 'Mottagarens e-postserver är överbelastad',
    cause: 'Mottagarens e-postserver har slut på lagringsutrymme eller är överbelastad.',
    remedy: 'Försök igen senare. Sådant brukar lösas på deras sida.',
  },
  receiver_mailer_error: {
    title: 'Fel i leveransprogrammet hos mottagaren',
    cause:
      'Programmet som lägger e-post i mottagarens inkorg rapporterade ett fel, så meddelandet kom inte fram.',
    remedy:
      'Försök igen senare. Om det fortsätter att misslyckas, kontakta mottagaren på annat sätt.',
  },
  smtp_syntax_error: {
    title: 'E-postservrarna förstod inte varandra',
    cause:
      'Mottagarens e-postserver förstod inte ett kommando från den sändande servern, så meddelandet kunde inte lämnas över.',
    remedy:
      'Det här kräver en teknisk åtgärd på avsändarsidan. Rapportera det till din administratör eller supporten.',
  },
};
