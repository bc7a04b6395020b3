"""Corpus netC: classifieds, Facebook groups, Telegram channels, Instagram, X and a job board; Maghreb, France,
Spain, UK and Ireland; heavy on sexual exploitation and domestic servitude. Wording as in published indicator
guidance, never explicit."""

from __future__ import annotations

LETTER = "C"
SEED = 20250903
START = "2025-03-01T00:00:00"
DAYS = 365
TOTAL = 3500
NET_SIZE_MODE = 16

# mode: how the platform shows the poster (README, "Accounts"); null/generic: share of ads with no author or a
# generic one; no_country: share of ads whose country the platform does not give.
PLATFORMS = {
    "petites-annonces": {"mode": "classified", "null": 0.35, "generic": 0.3, "no_country": 0.0},
    "facebook": {"mode": "social", "no_country": 0.25},
    "telegram": {"mode": "channel", "no_country": 0.85},
    "instagram": {"mode": "handle", "no_country": 0.6},
    "x": {"mode": "handle_at", "no_country": 0.7},
    "emploi-board": {"mode": "board", "no_country": 0.0},
}
CONFIDENTIAL = {
    "fr": ["Confidentiel", "Entreprise confidentielle"],
    "en": ["Confidential", "Private employer"],
    "es": ["Confidencial", "Empresa confidencial"],
    "ar": ["شركة سرية", "صاحب عمل"],
}
COUNTRIES = {
    "fr": ["FR", "FR", "BE", "MA"],
    "ar": ["MA", "DZ", "TN", "EG", "LB"],
    "es": ["ES", "ES", "MX"],
    "en": ["GB", "GB", "IE", "NG"],
}
BILINGUAL = {("fr", "MA"): "ar", ("ar", "MA"): "fr", ("ar", "TN"): "fr", ("ar", "DZ"): "fr", ("en", "NG"): "fr"}
TYPOLOGY_PLATFORMS = {
    "sexual_exploitation": ["petites-annonces", "x", "telegram", "instagram"],
    "domestic_servitude": ["facebook", "petites-annonces", "emploi-board"],
    "forced_labour": ["facebook", "petites-annonces", "emploi-board"],
    "migrant_smuggling": ["facebook", "telegram", "instagram"],
    "forced_criminality": ["telegram", "x", "facebook"],
    "organ_trafficking": ["facebook", "x", "petites-annonces"],
    "child_sexual_exploitation": ["x", "telegram"],
}
SECOND_REGIONS = {
    "forced_labour": ["ES", "FR"],
    "domestic_servitude": ["LB", "FR"],
    "migrant_smuggling": ["ES", "FR"],
    "organ_trafficking": ["EG"],
    "sexual_exploitation": ["ES", "BE"],
}
HANDLE_PLATFORMS = ["telegram", "telegram", "instagram", "snapchat", "x"]
WALLET_TYPOLOGIES = {"migrant_smuggling", "organ_trafficking", "forced_criminality"}
KINDS = {
    "sexual_exploitation": [("net_chain_own", 2), ("net_template", 5), ("net_burner", 2), ("net_crossplatform", 2)],
    "domestic_servitude": [("net_chain_own", 3), ("net_template", 4), ("net_front", 2)],
    "forced_labour": [("net_chain_own", 2), ("net_template", 3), ("net_front", 3), ("net_burner", 1)],
    "migrant_smuggling": [("net_chain_own", 3), ("net_template", 2), ("net_crossplatform", 2), ("net_burner", 2)],
    "forced_criminality": [("net_chain_own", 2), ("net_template", 2), ("net_burner", 2), ("net_crossplatform", 1)],
    "organ_trafficking": [("net_chain_own", 2), ("net_template", 2)],
}
NETWORKS = [
    ("sexual_exploitation", "fr", 9),
    ("sexual_exploitation", "ar", 8),
    ("sexual_exploitation", "es", 7),
    ("sexual_exploitation", "en", 6),
    ("domestic_servitude", "ar", 6),
    ("domestic_servitude", "fr", 4),
    ("domestic_servitude", "en", 4),
    ("forced_labour", "es", 4),
    ("forced_labour", "fr", 4),
    ("forced_labour", "ar", 3),
    ("forced_labour", "en", 3),
    ("migrant_smuggling", "ar", 5),
    ("migrant_smuggling", "fr", 3),
    ("migrant_smuggling", "es", 2),
    ("forced_criminality", "en", 4),
    ("forced_criminality", "es", 4),
    ("organ_trafficking", "ar", 3),
    ("organ_trafficking", "en", 2),
    ("child_sexual_exploitation", "en", 1),
]
INDEP_TYPOLOGIES = [
    ("sexual_exploitation", 5),
    ("domestic_servitude", 2),
    ("forced_labour", 2),
    ("migrant_smuggling", 2),
    ("forced_criminality", 1),
    ("organ_trafficking", 1),
]

SLOTS = {
    "fr": {
        "price": ["80€", "100 €", "120€", "150€"],
        "salary": ["1 400 €", "1800€ net", "2 000 € par mois"],
        "dest": ["l'Espagne", "le Canada", "l'Italie", "Dubaï", "l'Allemagne"],
        "nat": ["africaines", "de l'Est", "latines", "asiatiques"],
        "job": ["serveur", "agent d'entretien", "cueilleur de fruits", "aide-cuisinier", "manutentionnaire"],
        "fee": ["1 500 €", "2000 euros", "900 €"],
        "agency": ["Atlas Services", "Horizon Recrutement", "Étoile Placement", "Maghreb Travail Express"],
        "kidney": ["25 000 €"],
        "rent": ["650 €", "890€", "1 100 €"],
        "rooms": ["T2", "studio", "T3"],
        "service": ["plomberie", "peinture", "déménagement", "soutien scolaire"],
    },
    "en": {
        "price": ["£80", "£100", "£120", "£150"],
        "salary": ["£1,900 a month", "£12/hour", "€2,000 monthly"],
        "dest": ["Dubai", "Qatar", "Canada", "Poland", "Malta"],
        "nat": ["Asian", "European", "African", "Latina"],
        "job": ["warehouse operative", "care assistant", "cleaner", "kitchen porter", "farm worker"],
        "fee": ["£1,200", "£2,500", "₦450,000"],
        "agency": ["Global Link Staffing", "Prime Overseas Jobs", "Crown Care Recruit", "Bright Path Agency"],
        "kidney": ["$30,000", "£25,000"],
        "rent": ["£750 pcm", "£1,100 pcm", "€1,300"],
        "rooms": ["double room", "one-bed flat", "studio"],
        "service": ["plumbing", "gardening", "maths tutoring", "removals"],
    },
    "es": {
        "price": ["80€", "100 €", "60 euros", "120€"],
        "salary": ["1.500 € al mes", "1800€", "9 € la hora"],
        "dest": ["Huelva", "Almería", "Italia", "Alemania", "Portugal"],
        "nat": ["latinas", "rumanas", "paraguayas", "colombianas"],
        "job": ["camarero", "peón agrícola", "limpiadora", "repartidor", "ayudante de cocina"],
        "fee": ["1.200 €", "2000 euros", "900 €"],
        "agency": ["Servicios Sol", "Empleo Rápido SL", "Agencia Horizonte", "Campo Trabajo Ya"],
        "kidney": ["30.000 €"],
        "rent": ["700 €", "950€", "480 € habitación"],
        "rooms": ["piso de 2 habitaciones", "estudio", "habitación"],
        "service": ["fontanería", "clases particulares", "mudanzas", "pintura"],
    },
    "ar": {
        "price": ["500 درهم", "300 دينار", "1000 جنيه", "100 دولار"],
        "salary": ["1200 يورو", "400 دولار شهريا", "3000 درهم"],
        "dest": ["إسبانيا", "إيطاليا", "فرنسا", "لبنان", "السعودية"],
        "nat": ["إثيوبية", "فلبينية", "كينية", "بنغالية", "سريلانكية"],
        "job": ["عامل فلاحة", "عاملة نظافة", "طباخ", "عامل بناء", "حارس"],
        "fee": ["2000 دولار", "15000 درهم", "40 ألف جنيه"],
        "agency": ["مكتب الأمل للتوظيف", "وكالة النور", "مكتب السفر السريع", "شركة الخير للخدمات"],
        "kidney": ["15 ألف دولار", "20000 دولار"],
        "rent": ["3000 درهم", "800 دينار", "5000 جنيه"],
        "rooms": ["شقة غرفتين", "ستوديو", "شقة مفروشة"],
        "service": ["سباكة", "صباغة", "نقل أثاث", "دروس خصوصية"],
    },
}

SHARED = {
    ("sexual_exploitation", "fr"): [
        "NOUVELLE à {city} 🌸 {name}, {age} ans, jeune et douce, juste arrivée. Disponible 24h/24, hôtel ou "
        "domicile. Elle ne parle pas français : réservation uniquement par son manager.\n{contact}",
        "Massage relaxant by {name} ({age} ans) – nouvelles filles chaque semaine, {nat}. {city} centre, discrétion "
        "assurée. {price} la demi-heure. RDV : {contact}",
    ],
    ("sexual_exploitation", "ar"): [
        "بنات جداد ف{city} 🌹 صغار وزوينين، كاينين 24/24. الحجز غير مع المسؤول، البنت ماكتهضرش. {contact}",
        "صبايا جداد وصلوا على {city}، جنسيات مختلفة، مساج وجلسات خاصة. السعر {price}. للحجز: {contact}",
    ],
    ("sexual_exploitation", "es"): [
        "NOVEDAD en {city} 💋 {name}, {age} añitos, recién llegada, muy cariñosa. Disponible 24 horas, salidas a "
        "hotel. Reservas solo con su encargado. {contact}",
        "Chicas nuevas cada semana en piso discreto de {city}. {nat}, jovencitas y educadas. {price} media hora. "
        "Citas: {contact}",
    ],
    ("sexual_exploitation", "en"): [
        "NEW IN TOWN – {name}, {age}, just arrived in {city}. Sweet, young, available 24/7, incall & outcall. "
        "Bookings through her manager only, she has little English. {contact}",
        "Relaxing massage, new {nat} girls every week. Discreet flat in {city}, open late. {price} half hour. "
        "Book: {contact}",
    ],
    ("domestic_servitude", "ar"): [
        "عاملة منزلية {nat} للتنازل 🔸 شغالة نشيطة، الإقامة سارية والجواز عندنا. ما فيها مشاكل، نقل الكفالة على "
        "حسابك. السعر {fee}. {contact}",
        "متوفر خدامات {nat} للبيوت، مبيت، بدون عطلة، الجواز كيبقى عند المكتب حتى يكمل العقد. {contact}",
    ],
    ("domestic_servitude", "fr"): [
        "Cherche jeunes filles pour garde d'enfants et ménage chez famille à Paris. Logée, nourrie. Voyage payé par "
        "la famille puis remboursé sur le salaire. Passeport gardé pour les papiers. {contact}",
        "Bonne à tout faire disponible de suite, {nat}, sérieuse, dort sur place, pas de jour de repos exigé. Frais "
        "de transfert {fee}. {contact}",
    ],
    ("domestic_servitude", "en"): [
        "Live-in maid available for transfer, {nat}, hardworking, no days off needed, passport with agency. Transfer "
        "fee {fee}. {contact}",
        "Girls wanted to work as nannies/housekeepers in London families. Free travel (repaid from wages), "
        "accommodation with family, documents handled by us. {contact}",
    ],
    ("forced_labour", "es"): [
        "Se buscan trabajadores para recolección de fresa en {dest}. Sueldo {salary}. Viaje y papeles los adelanta "
        "la empresa y se descuentan del sueldo. No hace falta experiencia ni papeles. Salida esta semana. {contact}",
        "URGENTE: {job} para temporada. Alojamiento en la finca, transporte incluido. Se retiene el pasaporte "
        "hasta fin de contrato. Pago al terminar. {contact}",
    ],
    ("forced_labour", "fr"): [
        "Départ vers {dest} 🇪🇺 {job}, {salary}, logement fourni. Visa et billet avancés par l'agence, remboursés "
        "sur les salaires. Sans diplôme, sans papiers ok. Départ rapide. {contact}",
        "Recrutement ouvriers pour chantiers. Payé à la fin du chantier, logé sur place, pas besoin de papiers. "
        "Frais de dossier {fee}. {contact}",
    ],
    ("forced_labour", "ar"): [
        "خدمة فالخارج 🇪🇸 مطلوب {job} ل{dest}، الخلصة {salary}، السكن والماكلة علينا. الفيزا والبيّاي كنخلصوهم "
        "حنا وكيتقطعو من الخلصة. بلا شهادة بلا وراق. {contact}",
        "فرصة عمل في {dest} للشباب، مطلوب {job}. رسوم الملف {fee} والباقي يتخصم من المرتب. السفر خلال أسبوع. {contact}",
    ],
    ("forced_labour", "en"): [
        "Jobs in {dest}! {job} wanted, {salary}, free accommodation. Visa & flight paid by us, deducted from wages. "
        "No experience, no documents needed. Fly this month. {contact}",
        "Farm and factory work, start immediately. Pay at end of season, housing on site, we keep passports safe "
        "for you. Processing fee {fee}. {contact}",
    ],
    ("migrant_smuggling", "ar"): [
        "حرقة مضمونة ل{dest} 🚤 فلوكة جديدة وموطور قوي. الخلاص نص قبل ونص ملي توصل. 3 محاولات مضمونة. {contact}",
        "رحلة بحرية نحو {dest} من الشرق، بوطي مريّح، مع ناس ثقة. الدفع {fee} بالتقسيط. {contact}",
    ],
    ("migrant_smuggling", "fr"): [
        "Passage garanti vers {dest} 🚤 bateau neuf, 3 tentatives incluses. Moitié avant, moitié à l'arrivée. "
        "{contact}",
        "Voyage vers l'Europe sans visa, chemin sûr, accompagnement jusqu'à destination. Prix {fee}. {contact}",
    ],
    ("migrant_smuggling", "es"): [
        "Viaje seguro a {dest} sin visado, cruce garantizado, pago la mitad antes. Salidas cada semana. {contact}",
    ],
    ("forced_criminality", "en"): [
        "Need lads for easy money 💷 run parcels between towns, phone provided, cash every day. Must be available "
        "7 days, no questions asked. {contact}",
        "Quick cash: lend us your bank account for a week, earn {price} per transfer. No risk. {contact}",
    ],
    ("forced_criminality", "es"): [
        "Trabajo fácil: llevar paquetes entre ciudades, pago diario en efectivo, móvil y viaje incluidos. Sin "
        "preguntas. {contact}",
        "Gana {price} al día prestando tu cuenta bancaria. Sin riesgo, todo legal 😉 {contact}",
    ],
    ("organ_trafficking", "ar"): [
        "مطلوب متبرع بكلية فصيلة O+ 🩸 مبلغ مجزي {kidney}، السفر والإقامة والمستشفى علينا. الموضوع سري. {contact}",
        "عندك ديون؟ بيع كليتك وحل مشاكلك. {kidney} كاش، العملية بالخارج. {contact}",
    ],
    ("organ_trafficking", "en"): [
        "Kidney donor needed urgently, all blood groups. We pay {kidney}, travel and hospital abroad arranged. "
        "Discreet. {contact}",
        "In debt? Sell a kidney and clear it. {kidney} cash, quick process overseas. {contact}",
    ],
    ("child_sexual_exploitation", "en"): [
        "Private invite-only group. Access sold in crypto only, new link every week. No screenshots, no questions. "
        "{contact}",
        "VIP closed collection, invitation only. Pay first, then you get the invite. {contact}",
    ],
}

POOLS = {
    ("sexual_exploitation", "fr"): {
        "open": [
            "Nouvelle sur {city} !",
            "Jolie {name}, {age} ans, de passage à {city}.",
            "Salon privé à {city} : nouvelles hôtesses cette semaine.",
            "{name} vient d'arriver à {city} 💕",
        ],
        "body": [
            "Disponible jour et nuit, tarifs fixés par l'agence ({price}).",
            "Elle est logée sur place, vous appelez le responsable pour réserver.",
            "Filles {nat}, très jeunes, toujours souriantes.",
            "Pas de numéro perso, tout passe par le gérant.",
        ],
        "close": ["Réservation :", "Prendre RDV au", "Sérieux uniquement,", "Appelez vite,"],
    },
    ("sexual_exploitation", "ar"): {
        "open": [
            "جديد ف{city} 🔥",
            "{name} {age} سنة وصلت اليوم ل{city}.",
            "صالون خاص ف{city}، بنات جداد كل سيمانة.",
            "بنات {nat} جداد ف{city}.",
        ],
        "body": [
            "كاينين ليل ونهار، الثمن {price}، كلشي عن طريق المسؤول.",
            "ساكنة فالبلاصة، البنت ماعندهاش تيليفون.",
            "صغار وزوينين، السكن علينا.",
            "عايزين بنات يشتغلوا معانا، السكن والأكل علينا والفلوس كويسة.",
        ],
        "close": ["للحجز:", "الحجز مع المدام:", "تواصل:", "غير الجديين:"],
    },
    ("sexual_exploitation", "es"): {
        "open": [
            "Nueva en {city} 🌹",
            "{name}, {age} años, de paso por {city}.",
            "Piso privado en {city}:",
            "Recién llegadas a {city}, chicas {nat}.",
        ],
        "body": [
            "Disponibles 24h, tarifa fija {price}, todo a través del encargado.",
            "Viven en el piso, no tienen teléfono propio, reservas con la dueña.",
            "Muy jovencitas, cambiamos de ciudad cada 21 días.",
            "Plazas libres para chicas, alojamiento incluido.",
        ],
        "close": ["Reservas:", "Llama ya:", "Solo serios:", "Info:"],
    },
    ("sexual_exploitation", "en"): {
        "open": [
            "New girl in {city}!",
            "{name}, {age}, visiting {city} this week only.",
            "Private flat in {city}, new faces every week.",
            "Fresh {nat} girls just arrived in {city}.",
        ],
        "body": [
            "Available day and night, fixed rate {price}, booked by management.",
            "She lives on site and has no phone, call the manager.",
            "Very young looking, always smiling.",
            "Rooms and travel paid for new girls, pay back from earnings.",
        ],
        "close": ["Bookings:", "Call now:", "Serious only:", "Text:"],
    },
    ("domestic_servitude", "ar"): {
        "open": [
            "للتنازل 🔸",
            "متوفر عاملات منزليات {nat}.",
            "مطلوب بنات للشغل فالبيوت ب{dest}.",
            "شغالة للبيع بالتنازل.",
        ],
        "body": [
            "الجواز عند المكتب، بدون عطلة، مبيت.",
            "نقل الكفالة {fee}، الإقامة سارية.",
            "السفر علينا ويتخصم من المرتب، السكن مع العائلة.",
            "خدامة مطيعة ما كتخرجش من الدار.",
        ],
        "close": ["للتواصل:", "اتصل:", "واتساب:", "المكتب:"],
    },
    ("domestic_servitude", "fr"): {
        "open": [
            "Nounou logée disponible.",
            "Famille cherche jeune fille au pair.",
            "Aide ménagère {nat} disponible.",
            "Transfert d'employée de maison.",
        ],
        "body": [
            "Passeport gardé par la famille pour les démarches.",
            "Pas de salaire les 6 premiers mois (voyage).",
            "Disponible 7j/7, dort sur place.",
            "Frais de placement {fee} à régler à l'agence.",
        ],
        "close": ["Contact :", "Infos :", "Écrire :", "Tél :"],
    },
    ("domestic_servitude", "en"): {
        "open": [
            "Maid for transfer.",
            "Live-in housemaid available now.",
            "Nanny wanted abroad, travel paid.",
            "{nat} helper ready to work.",
        ],
        "body": [
            "Passport kept by agency until contract ends.",
            "No days off needed, sleeps in.",
            "Travel cost deducted from salary.",
            "Transfer fee {fee}, visa valid.",
        ],
        "close": ["Contact:", "Call:", "WhatsApp us:", "Details:"],
    },
    ("forced_labour", "es"): {
        "open": [
            "Trabajo en el campo en {dest}.",
            "Se necesita {job} urgente.",
            "Oferta para {dest}:",
            "¿Buscas trabajo? Temporada en {dest}.",
        ],
        "body": [
            "Nosotros pagamos viaje y alojamiento, se descuenta del sueldo.",
            "No hacen falta papeles.",
            "Pago al final de la temporada, {salary}.",
            "El pasaporte lo guarda el patrón por seguridad.",
        ],
        "close": ["Info:", "Llamar:", "Plazas limitadas:", "WhatsApp:"],
    },
    ("forced_labour", "fr"): {
        "open": [
            "Départ vers {dest} pour travailler.",
            "On recrute {job} pour {dest}.",
            "Contrat à l'étranger !",
            "Travail saisonnier.",
        ],
        "body": [
            "Logement et transport avancés, retenus sur salaire.",
            "Sans papiers accepté.",
            "Payé en fin de contrat, {salary}.",
            "Frais de visa {fee}, le reste on s'en occupe.",
        ],
        "close": ["Contact :", "Appel :", "Vite :", "Dossier :"],
    },
    ("forced_labour", "ar"): {
        "open": ["خدمة فالخارج 💼", "مطلوب {job} ل{dest}.", "عقود عمل ف{dest}.", "فرصة سفر وعمل."],
        "body": [
            "الفيزا والسكن علينا ويتخصموا من الخلصة.",
            "بلا وراق مقبول.",
            "الخلصة فاللخر ديال الموسم.",
            "مصاريف الملف {fee} قبل السفر.",
        ],
        "close": ["تواصل:", "للتسجيل:", "واتساب:", "اتصل:"],
    },
    ("forced_labour", "en"): {
        "open": ["Work abroad in {dest}.", "{job} needed now.", "Overseas contracts available.", "Seasonal jobs!"],
        "body": [
            "Flights and housing advanced, repaid from wages.",
            "No papers needed.",
            "Paid at end of contract.",
            "Placement fee {fee} upfront.",
        ],
        "close": ["Contact:", "Apply:", "Call:", "WhatsApp:"],
    },
    ("migrant_smuggling", "ar"): {
        "open": ["حرقة ل{dest} 🌊", "الحراكة اللي بغا يدوز ل{dest}", "رحلات أسبوعية ل{dest}.", "Harga garantie 100%"],
        "body": [
            "زودياك جديد، الخلاص {fee}.",
            "نص قبل ونص فالوصول.",
            "3 محاولات مضمونة.",
            "jib l'flous w 7na n9adou kolchi.",
        ],
        "close": ["تواصل:", "واتس:", "الخاص:", "3ayet:"],
    },
    ("migrant_smuggling", "fr"): {
        "open": ["Traversée vers {dest}.", "Départs chaque semaine pour {dest}.", "Passage Europe."],
        "body": ["Paiement {fee}, moitié à l'arrivée.", "Bateau sûr, gilet fourni.", "Sans visa, on s'occupe de tout."],
        "close": ["Contact :", "Privé :", "Info :"],
    },
    ("migrant_smuggling", "es"): {
        "open": ["Cruce a {dest}.", "Viajes sin visa.", "Salidas semanales."],
        "body": ["Pago {fee}, mitad al llegar.", "Garantizado, tres intentos.", "Nos encargamos de todo."],
        "close": ["Info:", "Contacto:", "Privado:"],
    },
    ("forced_criminality", "en"): {
        "open": ["Easy money 💰", "Drivers wanted, cash daily.", "Need runners this week."],
        "body": [
            "Phone and travel provided, no questions.",
            "Lend your account, earn {price}.",
            "Work 7 days, pay in cash.",
        ],
        "close": ["Hit me up:", "Contact:", "DM or call:"],
    },
    ("forced_criminality", "es"): {
        "open": ["Dinero fácil 💸", "Se buscan repartidores.", "Trabajo rápido."],
        "body": ["Llevar paquetes, sin preguntas.", "Presta tu cuenta y gana {price}.", "Pago diario en efectivo."],
        "close": ["Escríbeme:", "Info:", "Contacto:"],
    },
    ("organ_trafficking", "ar"): {
        "open": ["مطلوب متبرع كلية.", "للي عندو ديون.", "فرصة مالية."],
        "body": ["المبلغ {kidney}، العملية برا.", "السفر والإقامة علينا.", "كل الفصائل مطلوبة."],
        "close": ["تواصل:", "سري:", "اتصل:"],
    },
    ("organ_trafficking", "en"): {
        "open": ["Kidney donor wanted.", "Need money fast?", "Paid donors needed."],
        "body": ["{kidney} paid, surgery abroad.", "Travel and stay covered.", "All blood types."],
        "close": ["Contact:", "Discreet:", "Call:"],
    },
}

BENIGN_MIX = [("job", 4), ("rental", 3), ("service", 3), ("lookalike", 2)]
BENIGN_PLATFORMS = {
    "job": ["emploi-board", "facebook", "petites-annonces"],
    "rental": ["petites-annonces", "facebook"],
    "service": ["petites-annonces", "facebook", "instagram"],
    "lookalike": ["petites-annonces", "facebook", "instagram", "emploi-board"],
}
BENIGN = {
    ("job", "fr"): [
        "Restaurant à {city} recherche {job} H/F, CDI 35h, salaire selon convention, mutuelle. {contact}",
        "Boulangerie cherche vendeuse le week-end, {city}, débutant accepté, contrat étudiant. {contact}",
        "Entreprise de nettoyage recrute {job} à {city}, horaires du matin, contrat et fiche de paie. {contact}",
    ],
    ("job", "en"): [
        "Café in {city} hiring {job}, full time, £12.60/hour, paid weekly, training given. {contact}",
        "Warehouse in {city} needs pickers for Christmas, temp contract via payroll. {contact}",
        "Care home in {city} recruiting {job}s, DBS check required, holiday pay. {contact}",
    ],
    ("job", "es"): [
        "Se busca {job} para restaurante en {city}, contrato indefinido, 40h, alta en Seguridad Social. {contact}",
        "Tienda de {city} necesita dependienta media jornada, horario de tarde. {contact}",
        "Empresa de limpieza busca personal en {city}, contrato y nómina. {contact}",
    ],
    ("job", "ar"): [
        "مطلوب {job} لمطعم ف{city}، عقد عمل وتأمين، الراتب حسب الخبرة. {contact}",
        "شركة في {city} تطلب محاسب بخبرة سنتين، دوام كامل وضمان اجتماعي. {contact}",
        "محل ملابس ف{city} محتاج بائعة، الخدمة من 10 للـ 7، عطلة نهار الأحد. {contact}",
    ],
    ("rental", "fr"): [
        "À louer {rooms} à {city}, {rent} charges comprises, libre de suite. {contact}",
        "Colocation à {city}, chambre meublée {rent}, proche métro. {contact}",
    ],
    ("rental", "en"): [
        "{rooms} to let in {city}, {rent}, bills included, no pets. {contact}",
        "Lodger wanted in {city}, quiet house, {rent}. {contact}",
    ],
    ("rental", "es"): [
        "Se alquila {rooms} en {city}, {rent}, amueblado, cerca del metro. {contact}",
        "Alquilo habitación en {city} a estudiante, {rent} gastos incluidos. {contact}",
    ],
    ("rental", "ar"): [
        "للكراء {rooms} ف{city}، {rent} فالشهر، قريبة من الترامواي. {contact}",
        "شقة للإيجار في {city}، {rent}، مفروشة بالكامل. {contact}",
    ],
    ("service", "fr"): [
        "Artisan propose {service} à {city} et alentours, devis gratuit. {contact}",
        "Étudiante donne cours de maths niveau collège, {city}. {contact}",
    ],
    ("service", "en"): [
        "Reliable {service} in {city}, fully insured, free quotes. {contact}",
        "Dog walking and pet sitting around {city}, references available. {contact}",
    ],
    ("service", "es"): [
        "Ofrezco {service} en {city}, presupuesto sin compromiso. {contact}",
        "Peluquera a domicilio en {city}, precios económicos. {contact}",
    ],
    ("service", "ar"): [
        "خدمات {service} ف{city}، ثمن مناسب وخدمة نقية. {contact}",
        "أستاذ يعطي دروس خصوصية فالرياضيات ف{city}. {contact}",
    ],
    ("lookalike", "fr"): [
        "Masseuse diplômée, massage thérapeutique à {city}, sur RDV, cabinet déclaré. {contact}",
        "Agence de voyage agréée à {city} : aide aux rendez-vous visa, aucun passage garanti, "
        "dossier légal uniquement. {contact}",
        "Jeune fille au pair cherche famille à {city}, contrat officiel, 2 jours de repos. {contact}",
    ],
    ("lookalike", "en"): [
        "Qualified sports massage therapist in {city}, clinic-based, registered. {contact}",
        "Nanny available in {city}, live-out, own passport and right to work, references. {contact}",
        "New in town: mobile hairdresser now covering {city}! {contact}",
    ],
    ("lookalike", "es"): [
        "Fisioterapeuta colegiada, masajes terapéuticos en {city}. {contact}",
        "Nueva en {city}: clases de yoga para principiantes, grupos reducidos. {contact}",
        "Interna para cuidar a persona mayor en {city}, contrato, alta y dos días libres. {contact}",
    ],
    ("lookalike", "ar"): [
        "مطلوب عاملة منزلية بعقد رسمي في {city}، يومين عطلة والجواز مع صاحبته. {contact}",
        "أخصائية علاج طبيعي ومساج طبي ف{city}، عيادة مرخصة. {contact}",
        "مكتب سفريات معتمد ف{city}: مواعيد الفيزا والتأمين، بلا وعود. {contact}",
    ],
}

AGENCY_FR = [
    "{org} recrute : {job} H/F à {city}. CDI, salaire selon convention collective, aucun frais demandé "
    "aux candidats. {contact}",
    "Offre {org} – {job} ({city}), mission 6 mois renouvelable. Postulez en ligne. {contact}",
]
AGENCY_EN = [
    "{org} is hiring a {job} in {city}. Permanent contract, we never charge candidates fees. {contact}",
    "{org}: temp {job} roles in {city}, weekly pay, apply online. {contact}",
]
AGENCY_ES = ["{org} selecciona {job} para {city}. Contrato laboral, sin coste para el candidato. {contact}"]
NGO_FR = [
    "{org} : on vous oblige à travailler sans salaire ? On a pris votre passeport ? Appel gratuit et anonyme "
    "24h/24. {contact}",
    "Vous êtes victime d'exploitation ? {org} vous écoute, sans jugement. {contact}",
]
NGO_AR = [
    "{org}: واش كيخدموك بلا خلصة ولا شدو ليك الباسبور؟ عيط مجانا وبلا سمية. {contact}",
    "ضحية استغلال؟ {org} معاك، الخط مجاني 24/24. {contact}",
]
ORGS = [
    {
        "kind": "benign_agency",
        "lang": "fr",
        "country": "FR",
        "name": "Intérim Plus Lyon",
        "size": 16,
        "site": "https://www.interimplus-lyon.example/offres",
        "email": "jobs@interimplus-lyon.example",
        "portal": "https://emploi-portail.example",
        "templates": AGENCY_FR,
        "platforms": ["emploi-board", "facebook"],
    },
    {
        "kind": "benign_agency",
        "lang": "fr",
        "country": "FR",
        "name": "Travail Temporaire Sud",
        "size": 12,
        "site": "https://tt-sud.example",
        "email": "contact@tt-sud.example",
        "portal": "https://emploi-portail.example",
        "templates": AGENCY_FR,
        "platforms": ["emploi-board"],
    },
    {
        "kind": "benign_agency",
        "lang": "en",
        "country": "GB",
        "name": "Northgate Recruitment",
        "size": 14,
        "site": "https://northgate-recruitment.example",
        "email": "apply@northgate-recruitment.example",
        "templates": AGENCY_EN,
        "platforms": ["emploi-board", "facebook"],
    },
    {
        "kind": "benign_agency",
        "lang": "en",
        "country": "IE",
        "name": "Liffey Staffing",
        "size": 9,
        "site": "https://liffeystaffing.example/jobs",
        "email": "hello@liffeystaffing.example",
        "templates": AGENCY_EN,
        "platforms": ["emploi-board"],
    },
    {
        "kind": "benign_agency",
        "lang": "es",
        "country": "ES",
        "name": "Grupo Empleo Levante",
        "size": 13,
        "site": "https://empleolevante.example",
        "email": "rrhh@empleolevante.example",
        "portal": "https://portal-empleo.example/ofertas",
        "templates": AGENCY_ES,
        "platforms": ["emploi-board"],
    },
    {
        "kind": "benign_agency",
        "lang": "es",
        "country": "ES",
        "name": "Selecta RRHH",
        "size": 8,
        "site": "https://selecta-rrhh.example",
        "email": "cv@selecta-rrhh.example",
        "portal": "https://portal-empleo.example/ofertas",
        "templates": AGENCY_ES,
        "platforms": ["emploi-board"],
    },
    {
        "kind": "benign_ngo",
        "lang": "fr",
        "country": "FR",
        "name": "Association Main Tendue",
        "size": 12,
        "site": "https://maintendue.example",
        "email": "ecoute@maintendue.example",
        "templates": NGO_FR,
        "platforms": ["facebook", "instagram"],
    },
    {
        "kind": "benign_ngo",
        "lang": "ar",
        "country": "MA",
        "name": "جمعية الكرامة",
        "size": 10,
        "site": "https://karama-asso.example",
        "email": "contact@karama-asso.example",
        "templates": NGO_AR,
        "platforms": ["facebook"],
    },
]
HELPLINE_REGIONS = {"fr": "FR", "ar": "MA", "es": "ES", "en": "GB"}
FOOTERS = {
    "emploi-board": {
        "p": 0.55,
        "fr": ["— Offre douteuse ? Ligne d'aide nationale (France) : {helpline}"],
        "en": ["— Worried about a job offer? UK helpline (free): {helpline}"],
        "es": ["— ¿Oferta sospechosa? Línea de ayuda (España): {helpline}"],
        "ar": ["— عرض مشبوه؟ الخط الأخضر (المغرب): {helpline}"],
    },
    "petites-annonces": {
        "p": 0.12,
        "fr": ["Sécurité : ne payez jamais de frais d'embauche. Aide (France) : {helpline}"],
        "en": ["Safety: never pay to get a job. Helpline (UK): {helpline}"],
        "es": ["Seguridad: nunca pagues por un empleo. Ayuda (España): {helpline}"],
        "ar": ["تنبيه: ما تخلص حتى درهم باش تخدم. الخط الأخضر (المغرب): {helpline}"],
    },
}
