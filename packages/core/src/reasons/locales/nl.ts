import type { ReasonTexts } from '../reason-types';

/** Nederlandse teksten voor elke reden. */
export const nl: ReasonTexts = {
  // Ontvanger en adres
  no_address: {
    title: 'Geen adres om naar te sturen',
    cause:
      'Het bericht vraagt om een soort adres (privé of zakelijk) dat deze ontvanger niet heeft, en het andere adres gebruiken mag niet.',
    remedy:
      'Vul het ontbrekende adres in bij de ontvanger, of stel het sjabloon in op het adres dat wel bekend is. Je kunt in het sjabloon ook aangeven dat het andere adres gebruikt mag worden als het gewenste adres leeg is.',
  },
  wrong_recipient_type: {
    title: 'Verkeerd soort ontvanger',
    cause:
      'Het sjabloon is bedoeld voor een ander soort ontvanger, bijvoorbeeld contactpersonen, terwijl dit bericht naar een kandidaat ging (of andersom).',
    remedy:
      'Open het sjabloon, kies bij de ontvanger het juiste soort persoon, sla het op en verstuur het bericht opnieuw.',
  },
  invalid_recipient_address: {
    title: 'Adres van de ontvanger is ongeldig',
    cause:
      'Het e-mailadres van de ontvanger is niet goed geschreven, er ontbreekt bijvoorbeeld een "@" of er staat een spatie of vreemd teken in.',
    remedy: 'Verbeter het adres bij de ontvanger en verstuur het bericht opnieuw.',
  },
  invalid_sender_address: {
    title: 'Afzenderadres is ongeldig',
    cause: 'Het adres waarvandaan het bericht verstuurd zou worden, is geen geldig e-mailadres.',
    remedy:
      'Controleer het afzenderadres in je profiel of je mailboxinstellingen, pas het aan en verstuur opnieuw. Kun je het zelf niet wijzigen, vraag het dan aan je beheerder.',
  },
  role_address: {
    title: 'Algemeen functieadres',
    cause:
      'Het adres hoort bij een functie of afdeling en niet bij een persoon, zoals info@ of sales@. Volgens je instellingen gaan er geen mailings naar zulke adressen.',
    remedy:
      'Vraag de organisatie naar het persoonlijke adres van degene die je wilt bereiken en zet dat bij de ontvanger.',
  },
  disposable_address: {
    title: 'Wegwerpadres',
    cause:
      'Het adres komt van een dienst voor tijdelijke mailboxen. Die verdwijnen snel weer, dus er wordt niet naartoe gemaild.',
    remedy: 'Vraag de ontvanger om een adres dat hij of zij echt gebruikt en werk de gegevens bij.',
  },
  recipient_domain_unknown: {
    title: 'Domein van de ontvanger bestaat niet',
    cause:
      'Het deel van het adres na de "@" is geen domein dat e-mail kan ontvangen. Meestal zit er een tikfout in, zoals "gmial.com" of ".con" in plaats van ".com".',
    remedy:
      'Controleer de spelling van het domein, vergelijk het eventueel met het adres op het cv of in een handtekening, en verbeter het bij de ontvanger.',
  },
  invalid_request: {
    title: 'Bericht kon niet worden klaargezet',
    cause:
      'Er ontbrak iets wat nodig is voor dit bericht, of het was onbruikbaar, waardoor het helemaal niet verstuurd kon worden.',
    remedy:
      'Probeer het opnieuw vanuit het scherm waar je begon. Blijft het misgaan, meld het dan bij je beheerder of de support en vermeld wanneer het gebeurde.',
  },

  // Toestemming en blokkades
  unsubscribed_from_type: {
    title: 'Afgemeld voor dit soort e-mail',
    cause:
      'De ontvanger heeft zich afgemeld voor dit soort berichten. Andere soorten kan hij of zij nog wel ontvangen.',
    remedy:
      'Respecteer die keuze en laat deze persoon weg uit dit soort mailings. De ontvanger kan zich zelf opnieuw aanmelden, bijvoorbeeld via een voorkeurenpagina.',
  },
  unsubscribed_from_all: {
    title: 'Afgemeld voor alle e-mail',
    cause: 'De ontvanger heeft zich afgemeld voor alle soorten berichten die je verstuurt.',
    remedy:
      'Stuur deze persoon geen mailings. Alleen de ontvanger zelf kan dit terugdraaien door zich opnieuw aan te melden.',
  },
  opt_in_unconfirmed: {
    title: 'Adres nog niet bevestigd',
    cause:
      'De ontvanger heeft het adres of de inschrijving nog niet bevestigd via de bevestigingslink, dus mailings mogen nog niet naar dit adres.',
    remedy:
      'Wacht op de bevestiging, of stuur een nieuw bevestigingsverzoek als het eerste is gemist. Let op: als je het adres wijzigt, moet het opnieuw bevestigd worden.',
  },
  recipient_opted_out_of_platform: {
    title: 'Ontvanger wil geen e-mail via dit platform',
    cause:
      'Deze persoon heeft gevraagd geen e-mail meer te krijgen die via dit platform wordt verstuurd, of heeft zo’n e-mail als spam gemeld. Adressen die bekendstaan als spamval worden op dezelfde manier geblokkeerd.',
    remedy:
      'Denk je dat dit een vergissing is, neem dan contact op met de support. Om de blokkade op te heffen moet je aantonen dat het om een echte persoon gaat die jouw e-mail wil ontvangen.',
  },
  company_opted_out: {
    title: 'Bedrijf van de ontvanger heeft zich afgemeld',
    cause:
      'Het bedrijf van de ontvanger heeft uitdrukkelijk gevraagd geen e-mail te ontvangen die via dit platform wordt verstuurd.',
    remedy: 'Neem op een andere manier contact op met deze persoon, bijvoorbeeld telefonisch.',
  },
  domain_blocked: {
    title: 'Domein van de ontvanger is geblokkeerd',
    cause:
      'De eigenaar van dit e-maildomein heeft gevraagd geen e-mail via dit platform te ontvangen, dus geen enkel adres op dat domein krijgt er nog mail van.',
    remedy:
      'Neem op een andere manier contact op, of vraag de ontvanger om een adres op een ander domein.',
  },
  recipient_status_blocked: {
    title: 'Status staat geen mailings toe',
    cause:
      'De status van de ontvanger, bijvoorbeeld "Niet bemiddelbaar" of "Overleden", is zo ingesteld dat mensen met die status geen mailings krijgen.',
    remedy:
      'Controleer of de status klopt en pas hem aan als dat niet zo is. Klopt hij wel, dan is het de bedoeling dat deze persoon wordt overgeslagen. Een los bericht sturen kan nog steeds: verstuur het vanuit het detailscherm van de ontvanger in plaats van vanuit een lijst.',
  },
  recipient_group_blocked: {
    title: 'Groep staat geen mailings toe',
    cause:
      'De ontvanger zit in een groep, zoals "Niet mailen", waarvan de leden geen mailings krijgen.',
    remedy:
      'Controleer of de ontvanger echt in die groep hoort en haal hem of haar eruit als dat niet zo is. Hoort de ontvanger er wel in, dan is overslaan de bedoeling. Een los bericht sturen kan nog steeds, vanuit het detailscherm van de ontvanger in plaats van vanuit een lijst.',
  },
  address_flagged_invalid: {
    title: 'Adres gemarkeerd als onjuist',
    cause:
      'Een eerder bericht naar dit adres kwam terug als onbestelbaar. Daarom is het adres als onjuist gemarkeerd en wordt het overgeslagen.',
    remedy:
      'Open de gegevens van de ontvanger, controleer het adres en verbeter het. Is het adres toch in orde, haal dan de markering "onjuist" weg.',
  },
  previously_bounced: {
    title: 'Eerdere e-mail naar dit adres kwam terug',
    cause:
      'Een vorig bericht naar dit adres kon definitief niet worden afgeleverd, dus er wordt niet meer naartoe gemaild.',
    remedy:
      'Zoek naar tikfouten, zoals ".con" in plaats van ".com" of "gmai.com" in plaats van "gmail.com", en verbeter het adres. Weet je zeker dat het klopt, dan kan de support of je beheerder het van de blokkeerlijst halen zodat je weer kunt versturen.',
  },
  globally_bounced: {
    title: 'Adres kwam terug bij andere afzenders',
    cause:
      'Mail naar dit adres kwam bij een andere afzender op dit platform definitief terug. Zulke uitkomsten gelden per adres en niet per organisatie, dus voor iedereen.',
    remedy:
      'Controleer het adres op fouten en vraag de ontvanger om een actueel adres. Weet je zeker dat het adres werkt, neem dan contact op met de support.',
  },
  previously_complained: {
    title: 'Ontvanger markeerde eerdere e-mail als spam',
    cause:
      'De ontvanger, of diens e-mailprovider, heeft een eerder bericht als spam of ongewenst gemarkeerd. Daarom gaat er geen e-mail meer naartoe.',
    remedy:
      'Zijn jullie het er allebei over eens dat de ontvanger je e-mail wil, vraag de support dan de blokkade op te heffen. De ontvanger kan daarnaast een van je berichten uit de map Ongewenste e-mail halen of je adres aan de veilige afzenders toevoegen, zodat het niet opnieuw gebeurt.',
  },
  frequency_capped: {
    title: 'Maximum aantal mailings voor deze ontvanger bereikt',
    cause:
      'Deze ontvanger heeft in de huidige periode al het maximale aantal mailings gekregen dat in je instellingen is toegestaan.',
    remedy:
      'Verstuur het bericht als de periode voorbij is, of verhoog de grens in je instellingen als die te streng is.',
  },
  low_engagement: {
    title: 'Ontvanger reageert niet meer',
    cause:
      'Deze ontvanger heeft al lange tijd niets geopend of aangeklikt. Mailen naar mensen die niet reageren schaadt je reputatie als afzender, dus zij worden overgeslagen.',
    remedy:
      'Haal mensen die al maanden niet reageren (zes maanden is een gangbare grens) uit je mailinglijsten, of vraag ze één keer of ze nog iets van je willen horen.',
  },
  duplicate_request: {
    title: 'Al verstuurd',
    cause:
      'Precies dit bericht is al verstuurd of wordt op dit moment verstuurd, dus het is niet nog een keer verzonden.',
    remedy:
      'Bekijk de berichtgeschiedenis voordat je opnieuw verstuurt. Verder hoef je niets te doen.',
  },
  policy_failed: {
    title: 'Verzendcontrole niet afgerond',
    cause:
      'Een van de controles die bepalen of een bericht weg mag, werd niet afgerond. Voor de zekerheid is het bericht niet verstuurd.',
    remedy:
      'Probeer het over een paar minuten opnieuw. Blijft het misgaan, meld het dan bij je beheerder of de support.',
  },

  // De verzending en het account
  cancelled: {
    title: 'Verzending geannuleerd',
    cause: 'De verzending is geannuleerd voordat dit bericht de deur uit ging.',
    remedy: 'Was dat niet de bedoeling, verstuur of plan het bericht dan opnieuw.',
  },
  campaign_paused: {
    title: 'Mailing gepauzeerd',
    cause:
      'De mailing is automatisch stilgezet omdat te veel berichten terugkwamen, als spam werden gemeld of tot afmeldingen leidden. Zo wordt je reputatie als afzender beschermd.',
    remedy:
      'Haal vóór het hervatten ontvangers zonder toestemming uit de lijst, zorg dat afmeldingen uit andere systemen zijn geïmporteerd en laat contacten weg die je al meer dan zes maanden niet hebt gemaild. Verstuur daarna naar de overgebleven ontvangers.',
  },
  gate_closed: {
    title: 'Mailer afgesloten',
    cause:
      'De applicatie was haar mailer aan het afsluiten toen dit bericht verstuurd zou worden, dus het is niet aan de mailprovider gegeven.',
    remedy: 'Verstuur het bericht opnieuw zodra de applicatie weer draait; er is niets verzonden.',
  },
  sender_deleted: {
    title: 'Afzender bestaat niet meer',
    cause:
      'De gebruiker die dit bericht had ingepland, is verwijderd voordat het verstuurd werd. Daardoor is het niet verzonden.',
    remedy: 'Plan het bericht opnieuw in als een andere gebruiker.',
  },
  account_monthly_limit: {
    title: 'Maandlimiet voor verzenden bereikt',
    cause: 'Je account heeft het aantal e-mails dat deze maand verstuurd mag worden al opgebruikt.',
    remedy:
      'Wacht tot de limiet volgende maand opnieuw ingaat, of vraag je provider of beheerder om een hogere limiet.',
  },
  account_suspended: {
    title: 'Verzendaccount geschorst',
    cause:
      'Verzenden vanaf je account is geschorst, meestal omdat de verzendregels zijn overtreden of door afleverproblemen, zoals veel onbestelbare berichten of spammeldingen.',
    remedy:
      'Neem contact op met je beheerder of de provider om te horen waarom, en wat er nodig is om de schorsing op te heffen.',
  },

  // De mailbox van de afzender en de provider
  inbox_auth_failed: {
    title: 'Aanmelden bij je inbox mislukt',
    cause:
      'Je e-mailprovider weigerde de aanmelding of de toestemming om vanuit je inbox te versturen, bijvoorbeeld omdat je wachtwoord is gewijzigd of de toegang is ingetrokken.',
    remedy:
      'Koppel je inbox opnieuw en verstuur het bericht nog een keer. Helpt dat niet, neem dan contact op met je e-mailprovider of IT-beheerder.',
  },
  inbox_connection_failed: {
    title: 'Geen verbinding met de mailserver',
    cause: 'De verbinding met je mailserver of e-mailprovider is mislukt.',
    remedy:
      'Probeer het later opnieuw. Blijft het gebeuren, neem dan contact op met je e-mailprovider of IT-beheerder.',
  },
  inbox_suspended: {
    title: 'Inbox geblokkeerd door provider',
    cause: 'Je e-mailprovider heeft het versturen vanuit deze inbox stopgezet.',
    remedy:
      'Neem contact op met je e-mailprovider of IT-beheerder om het versturen weer mogelijk te maken.',
  },
  sender_mailbox_full: {
    title: 'Je eigen mailbox is vol',
    cause:
      'Je eigen mailbox heeft de maximale grootte bereikt, waardoor je provider het bericht niet wilde versturen en bewaren.',
    remedy:
      'Verwijder of archiveer oude berichten, leeg de map Verwijderde items en verstuur opnieuw. Je IT-beheerder kan de limiet ook verhogen.',
  },
  tenant_migration_permission_error: {
    title: 'Geen verzendrechten na verhuizing van je mailbox',
    cause:
      'Je mailbox is van de ene Microsoft 365-omgeving (tenant) naar een andere verhuisd, en de koppeling verwijst nog naar de oude. Daardoor ontbreekt de toestemming om te verzenden.',
    remedy:
      'Vraag een beheerder van de oude Microsoft 365-tenant om deze app te verwijderen onder Bedrijfstoepassingen (Enterprise applications) in Microsoft Entra ID, voorheen Azure Active Directory. Koppel daarna je inbox opnieuw.',
  },
  send_as_denied: {
    title: 'Geen toestemming om namens dit adres te versturen',
    cause:
      'Het account waarmee verstuurd wordt, mag geen e-mail versturen namens het adres in het veld "Van".',
    remedy:
      'Verstuur vanaf je eigen adres, of vraag je IT-beheerder om je "verzenden als"-rechten voor dit adres te geven.',
  },
  provider_rate_limited: {
    title: 'Verzendlimiet van je provider bereikt',
    cause:
      'Je e-mailprovider meldt dat je in een bepaalde periode te veel berichten hebt verstuurd. Elke provider hanteert eigen limieten.',
    remedy:
      'Wacht minstens een dag voordat je opnieuw verstuurt, of vraag je provider om een hogere verzendlimiet.',
  },
  provider_timeout: {
    title: 'E-mailprovider reageerde niet op tijd',
    cause: 'Het verzoek aan je e-mailprovider om dit bericht te versturen, duurde te lang.',
    remedy:
      'Kijk eerst of het bericht toch is verstuurd en probeer het anders later opnieuw. Blijft het gebeuren, kijk dan op de statuspagina van je provider.',
  },
  microsoft_timeout: {
    title: 'Microsoft reageerde niet op tijd',
    cause:
      'Het verzoek aan Microsoft om dit bericht te versturen, duurde te lang en is afgebroken.',
    remedy:
      'Kijk eerst of het bericht toch is verstuurd en probeer het anders later opnieuw. Blijft het gebeuren, kijk dan op de statuspagina van Microsoft.',
  },
  message_invalid: {
    title: 'Bericht geweigerd door provider',
    cause:
      'Je e-mailprovider weigerde het bericht zelf al voordat het afgeleverd kon worden, bijvoorbeeld vanwege de grootte, een bijlage of de opmaak.',
    remedy:
      'Maak het bericht kleiner of eenvoudiger (minder of kleinere bijlagen) en probeer het opnieuw. Helpt dat niet, neem dan contact op met de support.',
  },
  suppression_store_unavailable: {
    title: 'Blokkeerlijst kon niet worden gecontroleerd',
    cause:
      'De lijst met adressen die geen e-mail mogen krijgen, kon niet worden gelezen. Om niet per ongeluk iemand van die lijst te mailen, is het bericht tegengehouden.',
    remedy:
      'Probeer het over een paar minuten opnieuw. Het bericht kan weg zodra de lijst weer bereikbaar is.',
  },
  unknown: {
    title: 'Niet verzonden',
    cause: 'Het bericht is niet verstuurd en er is geen specifieke reden gevonden.',
    remedy:
      'Probeer het later opnieuw. Mislukt het weer, neem dan contact op met de support en vermeld wanneer je het bericht verstuurde.',
  },

  // Aflevering, van de kant van de ontvanger
  recipient_unknown: {
    title: 'Adres van de ontvanger bestaat niet',
    cause:
      'De mailserver van de ontvanger meldt dat er geen mailbox met dit adres is. Vaak zit er een tikfout in het adres of werkt de persoon er niet meer.',
    remedy:
      'Controleer het adres op tikfouten, vergelijk het eventueel met het cv of een handtekening en verbeter het bij de ontvanger. Vraag anders naar het huidige adres.',
  },
  recipient_moved: {
    title: 'Ontvanger is verhuisd',
    cause:
      'De mailbox bestaat niet meer op dit adres, en de ontvangende kant heeft geen nieuw adres doorgegeven.',
    remedy: 'Vraag de ontvanger om het nieuwe adres en werk de gegevens bij.',
  },
  mailbox_disabled: {
    title: 'Mailbox uitgeschakeld',
    cause:
      'De mailbox van de ontvanger is uitgezet of geblokkeerd door de provider, vaak omdat het account is opgeheven.',
    remedy:
      'Neem op een andere manier contact op, vraag naar een adres dat nu in gebruik is en werk de gegevens bij.',
  },
  mailbox_full: {
    title: 'Mailbox van de ontvanger is vol',
    cause:
      'De mailbox van de ontvanger is vol en kan op dit moment geen nieuwe berichten aannemen.',
    remedy:
      'Meestal hoef je niets te doen: de aflevering wordt nog een tijd opnieuw geprobeerd. Blijft het mislukken, neem dan op een andere manier contact op.',
  },
  message_too_large: {
    title: 'Bericht te groot',
    cause: 'Het bericht is met de bijlagen groter dan de mailserver van de ontvanger accepteert.',
    remedy:
      'Maak de bijlagen kleiner of verstuur er minder, of deel grote bestanden via een link, en verstuur het opnieuw.',
  },
  rejected_as_spam: {
    title: 'Geweigerd als spam',
    cause: 'De mailserver van de ontvanger zag het bericht aan voor spam en weigerde het.',
    remedy:
      'Laat het bericht minder op reclame lijken: minder links en afbeeldingen, geen verkorte links, een duidelijk onderwerp. Verstuur het daarna opnieuw. Blijft het gebeuren, laat je beheerder dan de verzendinstellingen nakijken.',
  },
  virus_detected: {
    title: 'Virus gevonden in bericht',
    cause:
      'De mailserver van de ontvanger vond iets wat hij als schadelijk beschouwt, meestal in een bijlage.',
    remedy:
      'Controleer de bijlagen met een virusscanner, of stuur ze in een ander formaat of via een link.',
  },
  content_rejected: {
    title: 'Inhoud van het bericht geweigerd',
    cause:
      'De mailserver van de ontvanger weigerde het bericht vanwege de inhoud of de manier waarop het is opgebouwd.',
    remedy:
      'Probeer een eenvoudigere versie te versturen, zonder ongebruikelijke bijlagen of opmaak. Helpt dat niet, neem dan contact op met de support.',
  },
  not_rfc_compliant: {
    title: 'Bericht voldoet niet aan de e-mailstandaarden',
    cause:
      'De mailserver van de ontvanger weigerde het bericht omdat het niet aan de e-mailstandaarden voldoet, bijvoorbeeld in de kopregels.',
    remedy:
      'Dit vraagt meestal om een technische oplossing. Meld het bij de support, met het adres waarnaar het is verstuurd.',
  },
  policy_rejected: {
    title: 'Geweigerd door regels van de ontvanger',
    cause:
      'De mailregels van de ontvangende organisatie laten dit bericht niet toe, bijvoorbeeld vanwege bijlagen, de grootte of wie er naar dit adres mag mailen.',
    remedy:
      'Vraag de ontvanger op een andere manier of dit soort berichten kan worden ontvangen, of verstuur een eenvoudigere versie.',
  },
  recipient_filtered: {
    title: 'Tegengehouden door filter van de ontvanger',
    cause:
      'Een filter aan de kant van de ontvanger weigerde het bericht, bijvoorbeeld een instelling die alleen mail van bekende afzenders doorlaat.',
    remedy:
      'Vraag de ontvanger om je adres aan de toegestane afzenders toe te voegen en verstuur het daarna opnieuw.',
  },
  delivery_expired: {
    title: 'Afleverpogingen gestaakt',
    cause:
      'De mailserver van de ontvanger was dagenlang niet bereikbaar, waarna de pogingen om het bericht af te leveren zijn gestopt.',
    remedy:
      'Controleer of het adres klopt. Is dat zo, probeer het dan later nog eens of neem op een andere manier contact op.',
  },
  suppressed_by_provider: {
    title: 'Adres geblokkeerd door je e-mailprovider',
    cause:
      'Je e-mailprovider heeft het bericht niet verstuurd omdat het adres op zijn eigen blokkeerlijst staat, meestal na een eerder onbestelbaar bericht of een spammelding.',
    remedy:
      'Controleer het adres. Klopt het en wil de ontvanger je e-mail, vraag je beheerder dan om het adres bij de provider van de blokkeerlijst te halen.',
  },
  delivery_failed: {
    title: 'Kon niet worden afgeleverd',
    cause:
      'Het bericht is verstuurd, maar kwam onbestelbaar terug zonder duidelijke uitleg van de ontvangende kant.',
    remedy:
      'Controleer het adres op fouten. Ziet het er goed uit en gebeurt het opnieuw, neem dan contact op met de support zodat zij de afleverdetails kunnen nagaan.',
  },
  sender_blocked: {
    title: 'Verzendende server geblokkeerd',
    cause:
      'De mailserver van de ontvanger weigerde mail van de server waarvandaan je bericht kwam, bijvoorbeeld omdat die op een blokkeerlijst staat.',
    remedy:
      'Probeer het later opnieuw. Blijft het gebeuren, vraag je beheerder of provider dan na te gaan of de verzendende server geblokkeerd is.',
  },
  sender_bad_reputation: {
    title: 'Slechte reputatie als afzender',
    cause:
      'De mailserver van de ontvanger weigerde het bericht omdat mail van je domein of server een slechte reputatie heeft, vaak na veel onbestelbare berichten of spammeldingen.',
    remedy:
      'Verstuur minder, en alleen naar mensen die om je mail hebben gevraagd, en schoon je lijsten op. Vraag je beheerder om de verzendinstellingen na te lopen.',
  },
  sender_ptr_missing: {
    title: 'Verzendende server niet goed herkenbaar',
    cause:
      'De mailserver van de ontvanger weigerde het bericht omdat de verzendende server geen geldige naam heeft in het adressysteem van internet (reverse DNS).',
    remedy:
      'Vraag je beheerder of e-mailprovider om reverse DNS in te stellen voor de verzendende server.',
  },
  sender_authentication_failed: {
    title: 'Afzender kon niet worden geverifieerd',
    cause:
      'De mailserver van de ontvanger kon niet vaststellen dat het bericht echt van je domein komt, omdat controles zoals SPF, DKIM of DMARC mislukten.',
    remedy:
      'Vraag je beheerder om de SPF-, DKIM- en DMARC-records van je domein voor deze manier van verzenden te controleren.',
  },
  sender_rejected: {
    title: 'Afzenderadres geweigerd',
    cause:
      'De mailserver van de ontvanger weigerde het adres waarvandaan het bericht werd verstuurd.',
    remedy:
      'Controleer of het afzenderadres bestaat en goed is ingesteld, of verstuur vanaf een ander adres. Je beheerder kan je daarbij helpen.',
  },
  relay_denied: {
    title: 'Mailserver weigerde het door te sturen',
    cause:
      'Een mailserver weigerde het bericht door te sturen, omdat hij geen mail voor dit adres afhandelt of geen mail van jouw server aanneemt.',
    remedy:
      'Controleer het adres van de ontvanger. Klopt het, vraag je beheerder dan de instellingen van de mailserver na te kijken.',
  },
  security_rejected: {
    title: 'Geweigerd om veiligheidsredenen',
    cause:
      'De mailserver van de ontvanger weigerde het bericht op grond van zijn beveiligingsregels, bijvoorbeeld omdat jouw server niet naar dit adres mag afleveren.',
    remedy:
      'Vraag de ontvanger op een andere manier of mail van jou kan worden ontvangen. Je beheerder kan de technische details bekijken.',
  },
  tls_failed: {
    title: 'Beveiligde verbinding mislukt',
    cause:
      'Er kon geen beveiligde, versleutelde verbinding met de mailserver van de ontvanger worden opgezet, dus het bericht is niet overgedragen.',
    remedy:
      'Probeer het later opnieuw. Blijft het gebeuren, vraag je beheerder of provider dan om de versleutelingsinstellingen te controleren.',
  },
  receiver_rate_limited: {
    title: 'Server van de ontvanger vraagt om rustiger te versturen',
    cause:
      'De mailserver van de ontvanger kreeg in korte tijd te veel berichten van je en neemt er voorlopig geen meer aan.',
    remedy:
      'Je hoeft nu niets te doen: later opnieuw versturen lukt meestal wel. Spreid grote mailings over een langere periode.',
  },
  domain_not_accepting_mail: {
    title: 'Domein ontvangt geen e-mail',
    cause:
      'Het domein van de ontvanger bestaat wel, maar is zo ingesteld dat het helemaal geen e-mail ontvangt. Het adres is dus onbruikbaar.',
    remedy: 'Vraag de ontvanger om een ander adres en werk de gegevens bij.',
  },
  network_error: {
    title: 'Netwerkprobleem onderweg',
    cause: 'Door een netwerkprobleem kon het bericht de mailserver van de ontvanger niet bereiken.',
    remedy: 'Probeer het later opnieuw. Zulke problemen zijn meestal tijdelijk.',
  },
  receiver_system_error: {
    title: 'Storing bij de mailserver van de ontvanger',
    cause:
      'De mailserver van de ontvanger had een technische storing en kon het bericht niet aannemen.',
    remedy:
      'Probeer het later opnieuw. Blijft het mislukken, neem dan op een andere manier contact op.',
  },
  receiver_system_full: {
    title: 'Mailserver van de ontvanger is overbelast',
    cause: 'De mailserver van de ontvanger heeft geen opslagruimte meer of is overbelast.',
    remedy: 'Probeer het later opnieuw. Dit wordt meestal aan hun kant opgelost.',
  },
  receiver_mailer_error: {
    title: 'Afleverprogramma bij de ontvanger faalde',
    cause:
      'Het programma dat mail in de mailbox van de ontvanger zet, gaf een foutmelding, waardoor het bericht niet is aangekomen.',
    remedy:
      'Probeer het later opnieuw. Blijft het mislukken, neem dan op een andere manier contact op.',
  },
  smtp_syntax_error: {
    title: 'Mailservers begrepen elkaar niet',
    cause:
      'De mailserver van de ontvanger begreep een opdracht van de verzendende server niet, waardoor het bericht niet kon worden overgedragen.',
    remedy:
      'Dit vraagt om een technische oplossing aan de verzendende kant. Meld het bij je beheerder of de support.',
  },
};
