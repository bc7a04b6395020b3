"""Corpus netD: Gulf and Levant classifieds, Latin American clasificados, TikTok, WhatsApp channels, a forum,
a marketplace and a jobs portal; heavy on forced labour, scam-compound recruitment and smuggling. Its wording,
platforms and mix differ on purpose from netC (phrases_c.py)."""

from __future__ import annotations

LETTER = "D"
SEED = 20260117
START = "2025-05-15T00:00:00"
DAYS = 365
TOTAL = 4500
NET_SIZE_MODE = 20

PLATFORMS = {
    "souq-classifieds": {"mode": "classified", "null": 0.2, "generic": 0.15, "no_country": 0.0},
    "clasificados": {"mode": "classified", "null": 0.45, "generic": 0.35, "no_country": 0.05},
    "tiktok": {"mode": "handle", "no_country": 0.5},
    "whatsapp-channel": {"mode": "channel", "no_country": 0.9},
    "forum": {"mode": "classified", "no_country": 1.0},
    "marketplace": {"mode": "social", "no_country": 0.1},
    "jobs-portal": {"mode": "board", "no_country": 0.0},
}
CONFIDENTIAL = {
    "fr": ["Employeur anonyme"],
    "en": ["Undisclosed employer", "Hiring company"],
    "es": ["Empresa reservada"],
    "ar": ["جهة غير معلنة", "شركة خاصة"],
}
COUNTRIES = {
    "fr": ["TN", "CA", "SN", "CM"],
    "ar": ["EG", "EG", "SA", "AE", "JO", "IQ", "KW"],
    "es": ["CO", "AR", "VE", "PE", "MX"],
    "en": ["US", "PH", "KE", "KE", "NG"],
}
BILINGUAL = {
    ("ar", "AE"): "en",
    ("en", "PH"): "ar",
    ("es", "MX"): "en",
    ("en", "US"): "es",
    ("fr", "TN"): "ar",
    ("ar", "JO"): "en",
}
TYPOLOGY_PLATFORMS = {
    "sexual_exploitation": ["clasificados", "souq-classifieds", "forum", "whatsapp-channel", "tiktok"],
    "domestic_servitude": ["souq-classifieds", "marketplace", "clasificados"],
    "forced_labour": ["marketplace", "jobs-portal", "tiktok", "whatsapp-channel"],
    "forced_criminality": ["tiktok", "whatsapp-channel", "jobs-portal", "forum"],
    "migrant_smuggling": ["tiktok", "whatsapp-channel", "marketplace"],
    "organ_trafficking": ["forum", "marketplace"],
    "child_sexual_exploitation": ["forum", "whatsapp-channel"],
}
SECOND_REGIONS = {
    "forced_labour": ["SA", "AE", "KW"],
    "domestic_servitude": ["SA", "KW", "JO"],
    "forced_criminality": ["PH", "AE"],
    "migrant_smuggling": ["MX", "TN"],
    "sexual_exploitation": ["AE"],
}
HANDLE_PLATFORMS = ["telegram", "tiktok", "snapchat", "instagram", "telegram"]
WALLET_TYPOLOGIES = {"migrant_smuggling", "forced_criminality", "organ_trafficking", "forced_labour"}
KINDS = {
    "sexual_exploitation": [("net_chain_own", 3), ("net_template", 3), ("net_burner", 3), ("net_crossplatform", 1)],
    "domestic_servitude": [("net_chain_own", 2), ("net_template", 4), ("net_front", 1)],
    "forced_labour": [("net_chain_own", 2), ("net_template", 4), ("net_front", 3), ("net_crossplatform", 1)],
    "forced_criminality": [("net_chain_own", 2), ("net_template", 3), ("net_front", 2), ("net_crossplatform", 2)],
    "migrant_smuggling": [("net_chain_own", 2), ("net_template", 2), ("net_burner", 3), ("net_crossplatform", 2)],
    "organ_trafficking": [("net_chain_own", 1), ("net_template", 1)],
}
NETWORKS = [
    ("forced_labour", "es", 6),
    ("forced_labour", "ar", 6),
    ("forced_labour", "en", 6),
    ("forced_labour", "fr", 6),
    ("forced_criminality", "en", 6),
    ("forced_criminality", "ar", 4),
    ("forced_criminality", "es", 4),
    ("forced_criminality", "fr", 2),
    ("migrant_smuggling", "ar", 6),
    ("migrant_smuggling", "es", 6),
    ("migrant_smuggling", "fr", 3),
    ("migrant_smuggling", "en", 3),
    ("domestic_servitude", "ar", 6),
    ("domestic_servitude", "en", 3),
    ("domestic_servitude", "es", 3),
    ("sexual_exploitation", "es", 7),
    ("sexual_exploitation", "en", 5),
    ("sexual_exploitation", "fr", 5),
    ("sexual_exploitation", "ar", 5),
    ("organ_trafficking", "es", 2),
    ("organ_trafficking", "ar", 1),
    ("child_sexual_exploitation", "es", 1),
]
INDEP_TYPOLOGIES = [
    ("forced_labour", 4),
    ("forced_criminality", 3),
    ("migrant_smuggling", 3),
    ("domestic_servitude", 2),
    ("sexual_exploitation", 3),
    ("organ_trafficking", 1),
]

SLOTS = {
    "fr": {
        "price": ["100 $", "150 dollars", "80 000 FCFA"],
        "salary": ["1 800 $ par mois", "2 500 $", "3 000 $ CAD"],
        "dest": ["Dubaï", "le Cambodge", "le Canada", "le Liban", "la Turquie"],
        "nat": ["africaines", "tunisiennes", "ivoiriennes"],
        "job": ["ouvrier agricole", "soudeur", "chauffeur", "opérateur de saisie", "agent de sécurité"],
        "fee": ["3 500 $", "2 millions FCFA", "4 000 dinars"],
        "agency": ["Global Mobilité", "Cap Avenir Emploi", "Nord-Sud Placement"],
        "kidney": ["20 000 $"],
        "rent": ["1 200 $", "450 000 FCFA", "900 dinars"],
        "rooms": ["4 et demi", "appartement meublé", "chambre"],
        "service": ["climatisation", "coiffure", "plomberie"],
        "item": ["Samsung A54", "frigo", "canapé", "vélo"],
    },
    "en": {
        "price": ["$200", "$150", "₱5,000", "KSh 3,000"],
        "salary": ["$1,500/month", "$2,000+", "SAR 1,500"],
        "dest": ["Saudi Arabia", "Dubai", "Cambodia", "Myanmar", "Qatar", "Laos"],
        "nat": ["Kenyan", "Filipina", "Ugandan", "Ethiopian"],
        "job": ["driver", "housemaid", "security guard", "typist", "construction worker"],
        "fee": ["$3,000", "KSh 150,000", "₱80,000"],
        "agency": ["Skyway Manpower", "Gulf Bridge Recruitment", "Pacific Star Placement"],
        "kidney": ["$40,000", "$25,000"],
        "rent": ["$1,200/mo", "₱18,000", "KSh 25,000"],
        "rooms": ["bedsitter", "2BR apartment", "studio"],
        "service": ["AC repair", "braiding", "plumbing"],
        "item": ["iPhone 12", "fridge", "sofa set", "laptop"],
    },
    "es": {
        "price": ["$200.000", "100 dólares", "150 soles"],
        "salary": ["1.500 USD", "$3.000.000 al mes", "1200 dólares"],
        "dest": ["Estados Unidos", "España", "Camboya", "Dubái", "Chile"],
        "nat": ["venezolanas", "colombianas", "paraguayas", "dominicanas"],
        "job": ["operario de maquila", "cosechador", "albañil", "digitador", "empleada doméstica"],
        "fee": ["5.000 USD", "$8.000.000", "3.500 dólares"],
        "agency": ["Oportunidades del Norte", "Empleos Sin Fronteras", "Conexión Laboral"],
        "kidney": ["25.000 USD", "$80.000.000"],
        "rent": ["$1.200.000", "800 soles", "350 USD"],
        "rooms": ["apartaestudio", "habitación", "casa"],
        "service": ["plomería", "uñas a domicilio", "mudanzas"],
        "item": ["moto", "nevera", "celular", "bicicleta"],
    },
    "ar": {
        "price": ["500 ريال", "1000 درهم", "2000 جنيه"],
        "salary": ["1500 ريال", "400 دينار", "600 دولار"],
        "dest": ["السعودية", "الإمارات", "ليبيا", "كمبوديا", "تركيا", "ألمانيا"],
        "nat": ["إثيوبية", "كينية", "فلبينية", "أوغندية"],
        "job": ["سائق", "عامل مصنع", "حارس أمن", "مندوب مبيعات", "عامل بناء"],
        "fee": ["3000 دولار", "8000 ريال", "60 ألف جنيه"],
        "agency": ["مكتب الريادة للاستقدام", "شركة الوفاء", "مؤسسة المستقبل"],
        "kidney": ["10 آلاف دولار", "300 ألف جنيه"],
        "rent": ["2500 ريال", "4000 جنيه", "350 دينار"],
        "rooms": ["شقة 3 غرف", "ملحق", "استوديو"],
        "service": ["تكييف", "سباكة", "نقل عفش"],
        "item": ["جوال آيفون", "ثلاجة", "كنب", "سيارة كورولا"],
    },
}

SHARED = {
    ("forced_labour", "es"): [
        "🚨 SE SOLICITA PERSONAL 🚨 {job} para {dest}. Pasaje pagado por la empresa, se descuenta de la nómina. "
        "Te guardamos el pasaporte para el trámite. Sin experiencia, sin papeles. {contact}",
        "Trabajo en el extranjero: {job}, {salary}, vivienda y comida. La deuda del viaje se paga con trabajo. "
        "{contact}",
    ],
    ("forced_labour", "ar"): [
        "مطلوب عمال لمصنع في {dest} 🏭 المرتب {salary}، السفر خلال 10 أيام. مصاريف الفيزا {fee} مقدم والباقي يتخصم "
        "من المرتب. الجواز يتسلم للكفيل. {contact}",
        "نريد شباب للعمل ب{dest}، سكن وأكل مجاني، بدون خبرة، الراتب يتجمع عند المكتب لآخر العقد. {contact}",
    ],
    ("forced_labour", "en"): [
        "GULF JOBS 🇸🇦 {job}s needed in {dest}. Free visa & ticket, salary {salary}. Processing fee {fee} repaid "
        "from wages. Passport surrendered to employer on arrival. {contact}",
        "Urgent overseas hiring: {job}, no experience, accommodation provided, pay held until contract end. {contact}",
    ],
    ("forced_labour", "fr"): [
        "Opportunité : départ vers {dest} 🍁 {job}, permis de travail garanti. Frais {fee}, le reste payé à l'arrivée. "
        "Logement chez l'employeur, passeport confié à l'agence. {contact}",
        "Départ rapide pour {dest} : {job}, {salary}. Aucun diplôme. Le billet est avancé puis retenu sur salaire. "
        "{contact}",
    ],
    ("forced_criminality", "en"): [
        "Customer service jobs in {dest} 💻 {salary}, free flight & visa, typing skills only. Accommodation in "
        "company compound. Leave Friday. {contact}",
        "Online marketing team abroad, English speakers, high commission, company keeps your documents for the work "
        "permit. {contact}",
    ],
    ("forced_criminality", "ar"): [
        "وظائف خدمة عملاء في {dest} براتب {salary} 💻 التذكرة والفيزا مجانا، لازم تعرف تكتب انجليزي، سكن داخل "
        "الشركة. {contact}",
        "شغل أونلاين من الخارج، عمولات عالية، الشركة تستلم الجواز لحد ما يطلع التصريح. {contact}",
    ],
    ("forced_criminality", "es"): [
        "Trabajo de atención al cliente en {dest}, sueldo {salary}, pasaje y visa gratis, solo saber escribir. "
        "{contact}",
        "Se buscan chavos para vigilar y avisar, pago semanal, celular incluido, no hagas preguntas. {contact}",
    ],
    ("forced_criminality", "fr"): [
        "Travail en ligne depuis {dest} : service client, {salary}, billet offert, logé dans l'entreprise. {contact}",
    ],
    ("migrant_smuggling", "ar"): [
        "تهريب من ليبيا لإيطاليا 🚢 مركب كبير مش زودياك، السعر {fee}، الدفع عن طريق مكتب تأمين. {contact}",
        "طريق مضمون لألمانيا مع مرافق، عبور الحدود بالسيارة، الدفع بعد الوصول. {contact}",
    ],
    ("migrant_smuggling", "es"): [
        "Paso a USA garantizado 🇺🇸 desde {city}, con guía, 3 intentos, pago {fee}, mitad al llegar. {contact}",
        "Cruce del Darién con guía de confianza, grupos pequeños, todo incluido. {contact}",
    ],
    ("migrant_smuggling", "fr"): [
        "Départ de Sfax vers Lampedusa 🌊 bateau en fer, prix {fee}, paiement au garant. {contact}",
        "Visa Schengen garanti sans rendez-vous, passage par la Turquie. {contact}",
    ],
    ("migrant_smuggling", "en"): [
        "Border crossing service, safe route, driver waiting on the other side. {fee}, half on arrival. {contact}",
    ],
    ("domestic_servitude", "ar"): [
        "خادمة {nat} للتنازل 💠 بسعر {fee}، الجواز موجود، ما تطلع إجازة، نظيفة وتطبخ. الكفيل مسافر ومستعجل. {contact}",
        "تنازل عاملة منزلية {nat}، عمر 24، تعمل بدون يوم راحة، الراتب يتحول للمكتب. {contact}",
    ],
    ("domestic_servitude", "en"): [
        "{nat} girls ready for {dest}, 18-30, housemaid jobs. Processing by us, passports held till end of "
        "contract. {contact}",
        "Maid for release, {nat}, strong worker, no day off, visa valid 2 years. Release fee {fee}. {contact}",
    ],
    ("domestic_servitude", "es"): [
        "Se necesita muchacha interna en {city}, de 18 a 25, sin papeles, salida cada 15 días, pago después de 3 "
        "meses. {contact}",
    ],
    ("sexual_exploitation", "es"): [
        "Se buscan señoritas para trabajar de damas de compañía en {dest} ✈️ pasaje gratis, ganancias altas, "
        "sin experiencia. Pagas el viaje con tu trabajo. {contact}",
        "Chicas nuevas 💖 {name} {age} añitos, recién llegada a {city}, disponible todo el día. Citas con la "
        "señora. {contact}",
    ],
    ("sexual_exploitation", "en"): [
        "Sweet young lady new to {city} 💕 {name}, {age}. Available all hours, booked only by her booker. {contact}",
        "Hostess jobs in {dest}, big money, free ticket & hotel, girls 18+ only. Repay ticket from tips. {contact}",
    ],
    ("sexual_exploitation", "fr"): [
        "Agence d'hôtesses cherche filles pour {dest} ✈️ salaire élevé, billet offert, logement fourni. "
        "Remboursement du billet sur les gains. {contact}",
        "Nouvelle à {city} : {name}, {age} ans, disponible jour et nuit, RDV uniquement par son agent. {contact}",
    ],
    ("sexual_exploitation", "ar"): [
        "بنات {nat} جدد في {city} 💎 حجز عن طريق المندوب فقط، متوفرات ليل ونهار. {contact}",
        "مطلوب بنات للعمل في {dest} كمضيفات، راتب عالي وتذكرة مجانية، السكن مع الشركة. {contact}",
    ],
    ("organ_trafficking", "es"): [
        "Compramos riñón 🩺 pago {kidney} en efectivo, viaje y clínica en el exterior, todo discreto. {contact}",
    ],
    ("organ_trafficking", "ar"): [
        "مطلوب كلى للبيع، السعر {kidney}، العملية في مستشفى خاص برا، سري جدا. {contact}",
    ],
    ("child_sexual_exploitation", "es"): [
        "Grupo privado solo por invitación. Acceso pagado en cripto, enlace nuevo cada semana. Sin preguntas. "
        "{contact}",
        "Colección VIP cerrada: la invitación llega después del pago. {contact}",
    ],
}

POOLS = {
    ("forced_labour", "es"): {
        "open": ["Chamba en {dest} 🇺🇸", "Se requiere {job}.", "Empleo inmediato en el exterior.", "Vacantes {dest}."],
        "body": [
            "Viaje adelantado, se descuenta del sueldo.",
            "No piden papeles.",
            "El patrón guarda los documentos.",
            "Pago al final, {salary}.",
        ],
        "close": ["Informes al", "Contacto:", "Manda WhatsApp:", "Pregunta por Don Beto:"],
    },
    ("forced_labour", "ar"): {
        "open": ["عقود عمل ب{dest} 🔥", "مطلوب {job} فورا.", "فرصة سفر للشباب.", "تأشيرات عمل متاحة."],
        "body": ["السفر علينا ويتخصم.", "الجواز عند الكفيل.", "الراتب آخر العقد.", "رسوم {fee} قبل السفر."],
        "close": ["للتواصل:", "كلمنا:", "واتساب:", "المكتب:"],
    },
    ("forced_labour", "en"): {
        "open": ["Jobs abroad 🌍", "{job}s wanted in {dest}.", "Fly out this month!", "Overseas vacancies."],
        "body": [
            "Ticket repaid from salary.",
            "Passports kept by company.",
            "No papers, no problem.",
            "Fee {fee} before travel.",
        ],
        "close": ["Inbox or call", "Contact:", "Apply now:", "Reach us:"],
    },
    ("forced_labour", "fr"): {
        "open": [
            "Emploi, départ vers {dest} 🍁",
            "Recrutement {job}.",
            "Partir travailler à l'étranger.",
            "Contrats disponibles.",
        ],
        "body": [
            "Billet avancé, retenu sur salaire.",
            "Passeport confié à l'agence.",
            "Pas de diplôme demandé.",
            "Frais de dossier {fee}.",
        ],
        "close": ["Contact :", "Appelez", "WhatsApp :", "Infos :"],
    },
    ("forced_criminality", "en"): {
        "open": ["Work from a compound in {dest}.", "Typing job overseas.", "Quick money, easy tasks."],
        "body": [
            "Free flight, we hold documents.",
            "Commission only, housing provided.",
            "Carry packages, no questions.",
        ],
        "close": ["DM", "Contact:", "Apply:"],
    },
    ("forced_criminality", "ar"): {
        "open": ["شغل سهل وفلوس سريعة.", "وظيفة أونلاين في {dest}.", "مطلوب شباب."],
        "body": ["الجواز عند الشركة.", "تذكرة مجانية وسكن.", "توصيل أغراض بدون أسئلة."],
        "close": ["كلمني:", "تواصل:", "خاص:"],
    },
    ("forced_criminality", "es"): {
        "open": ["Chamba fácil 💵", "Trabajo en {dest}.", "Se buscan jóvenes."],
        "body": ["Paga semanal, sin preguntas.", "Pasaje gratis, te guardan el pasaporte.", "Llevar encargos."],
        "close": ["Escribe:", "Info:", "Contacto:"],
    },
    ("forced_criminality", "fr"): {
        "open": ["Job facile à l'étranger.", "Travail en ligne depuis {dest}."],
        "body": ["Billet offert, passeport gardé par la boîte.", "Commissions seulement, logé."],
        "close": ["Contact :", "Écrire :"],
    },
    ("migrant_smuggling", "ar"): {
        "open": ["رحلة لإيطاليا 🚢", "طريق ألمانيا مفتوح.", "تهريب مضمون."],
        "body": ["الدفع بمكتب تأمين.", "السعر {fee}.", "مع مرافق حتى الوصول."],
        "close": ["تواصل:", "واتس:", "خاص:"],
    },
    ("migrant_smuggling", "es"): {
        "open": ["Viaje al norte 🇺🇸", "Paso seguro.", "Cruce con guía."],
        "body": ["Pago {fee}, mitad al llegar.", "Tres intentos incluidos.", "Salidas cada semana desde {city}."],
        "close": ["Info:", "Escribe:", "Contacto:"],
    },
    ("migrant_smuggling", "fr"): {
        "open": ["Départ pour l'Italie.", "Passage garanti."],
        "body": ["Prix {fee}, paiement au garant.", "Bateau sûr, départ de nuit."],
        "close": ["Contact :", "Privé :"],
    },
    ("migrant_smuggling", "en"): {
        "open": ["Safe crossing.", "Route north open."],
        "body": ["{fee}, half on arrival.", "Driver waiting across."],
        "close": ["Contact:", "Text:"],
    },
    ("domestic_servitude", "ar"): {
        "open": ["للتنازل خادمة {nat}.", "عاملة منزلية للتنازل.", "متوفر شغالات."],
        "body": ["بدون إجازة، الجواز موجود.", "التنازل {fee}.", "تشتغل 7 أيام، الراتب للمكتب."],
        "close": ["للتواصل:", "اتصال:", "واتساب:"],
    },
    ("domestic_servitude", "en"): {
        "open": ["Maid for release.", "{nat} housemaids available.", "Girls ready for {dest}."],
        "body": ["Passport with us.", "No day off needed.", "Release fee {fee}."],
        "close": ["Contact:", "Call:", "WhatsApp:"],
    },
    ("domestic_servitude", "es"): {
        "open": ["Muchacha interna disponible.", "Se necesita empleada interna."],
        "body": ["Sin papeles, pago cada 3 meses.", "Sin días libres, duerme en la casa."],
        "close": ["Contacto:", "Informes:"],
    },
    ("sexual_exploitation", "es"): {
        "open": ["Chicas nuevas en {city} 💖", "Se buscan señoritas.", "{name}, {age}, recién llegada."],
        "body": ["Citas solo con la señora.", "Pasaje gratis, pagas con trabajo.", "Disponibles 24/7, {price}."],
        "close": ["Citas:", "Info:", "WhatsApp:"],
    },
    ("sexual_exploitation", "en"): {
        "open": ["New in {city} 💕", "Hostesses wanted in {dest}.", "{name}, {age}, just landed."],
        "body": ["Booked by her booker only.", "Free ticket, repay from tips.", "All hours, {price}."],
        "close": ["Booker:", "Text:", "Contact:"],
    },
    ("sexual_exploitation", "fr"): {
        "open": ["Nouvelle à {city}.", "Hôtesses pour {dest}.", "{name}, {age} ans."],
        "body": ["RDV par son agent.", "Billet offert, remboursé sur gains.", "Disponible jour et nuit."],
        "close": ["Contact :", "RDV :", "Agent :"],
    },
    ("sexual_exploitation", "ar"): {
        "open": ["بنات جدد في {city}.", "مطلوب مضيفات ل{dest}.", "شقة خاصة في {city}."],
        "body": ["الحجز مع المندوب.", "تذكرة مجانية والسكن مع الشركة.", "متوفرات ليل ونهار."],
        "close": ["للحجز:", "تواصل:", "واتس:"],
    },
    ("organ_trafficking", "es"): {
        "open": ["Compro riñón.", "¿Necesitas dinero?"],
        "body": ["Pago {kidney}.", "Clínica en el exterior."],
        "close": ["Contacto:", "Discreto:"],
    },
    ("organ_trafficking", "ar"): {
        "open": ["مطلوب كلية.", "محتاج فلوس؟"],
        "body": ["السعر {kidney}.", "العملية برا."],
        "close": ["تواصل:", "سري:"],
    },
}

BENIGN_MIX = [("job", 4), ("rental", 3), ("service", 2), ("sale", 2), ("lookalike", 2)]
BENIGN_PLATFORMS = {
    "job": ["jobs-portal", "marketplace", "souq-classifieds"],
    "rental": ["souq-classifieds", "clasificados", "marketplace"],
    "service": ["clasificados", "marketplace", "tiktok"],
    "sale": ["marketplace", "souq-classifieds", "clasificados"],
    "lookalike": ["jobs-portal", "marketplace", "forum", "clasificados"],
}
BENIGN = {
    ("job", "fr"): [
        "Entreprise à {city} embauche {job}, contrat de travail, salaire versé chaque mois. {contact}",
        "Poste de {job} à {city}, temps plein, formation sur place. {contact}",
    ],
    ("job", "en"): [
        "Now hiring {job} in {city}. Full time, benefits, payroll every two weeks. {contact}",
        "Local store in {city} looking for cashier, part time, flexible hours. {contact}",
    ],
    ("job", "es"): [
        "Se necesita {job} en {city}, contrato a término fijo, prestaciones de ley. {contact}",
        "Panadería en {city} busca ayudante, turno mañana, pago quincenal. {contact}",
    ],
    ("job", "ar"): [
        "شركة في {city} تطلب {job}، دوام رسمي، تأمين صحي وإجازة سنوية. {contact}",
        "مطلوب موظفة استقبال لعيادة في {city}، خبرة سنة، راتب مجزي. {contact}",
    ],
    ("rental", "fr"): ["À louer {rooms} à {city}, {rent}, libre le 1er du mois. {contact}"],
    ("rental", "en"): ["{rooms} for rent in {city}, {rent}, water included. {contact}"],
    ("rental", "es"): ["Arriendo {rooms} en {city}, {rent}, servicios incluidos. {contact}"],
    ("rental", "ar"): ["{rooms} للإيجار في {city}، {rent}، قريب من الخدمات. {contact}"],
    ("service", "fr"): ["Technicien {service} à {city}, intervention rapide, devis gratuit. {contact}"],
    ("service", "en"): ["{service} in {city}, same-day service, fair prices. {contact}"],
    ("service", "es"): ["Servicio de {service} en {city}, atención rápida. {contact}"],
    ("service", "ar"): ["فني {service} في {city}، خدمة سريعة وضمان. {contact}"],
    ("sale", "fr"): ["Vends {item} en bon état, {city}, prix à débattre. {contact}"],
    ("sale", "en"): ["Selling {item}, barely used, pickup in {city}. {contact}"],
    ("sale", "es"): ["Vendo {item} en buen estado, entrega en {city}. {contact}"],
    ("sale", "ar"): ["للبيع {item} بحالة ممتازة في {city}. {contact}"],
    ("lookalike", "fr"): [
        "Agence agréée, recrutement pour le Canada : {job}, aucun frais demandé, contrat signé avant départ. {contact}",
        "Nouvelle à {city} ! Ouverture de mon salon de coiffure, -20% la première semaine. {contact}",
    ],
    ("lookalike", "en"): [
        "Licensed agency: domestic workers for {dest}, zero placement fee, worker keeps passport, "
        "contract verified. {contact}",
        "Travel agent in {city}: visa appointments and flights, we never promise visas. {contact}",
    ],
    ("lookalike", "es"): [
        "Agencia autorizada: empleadas domésticas con contrato, afiliación y días libres. {contact}",
        "Se buscan modelos para catálogo de ropa en {city}, con contrato y acompañante. {contact}",
    ],
    ("lookalike", "ar"): [
        "مكتب استقدام مرخص: عاملات منزليات بعقد رسمي، راتب شهري وإجازة أسبوعية. {contact}",
        "رحلات سياحية لتركيا من {city}، فيزا نظامية وتذاكر مؤكدة. {contact}",
    ],
}

AGENCY_EN = [
    "{org} (licensed) is recruiting {job}s for {dest}. No fee charged to workers; contract checked "
    "before travel. {contact}",
    "{org}: verified overseas jobs. You keep your passport. Apply via our website. {contact}",
]
AGENCY_ES = ["{org} abre convocatoria para {job} en {city}. Proceso gratuito, contrato laboral. {contact}"]
AGENCY_AR = [
    "{org} مرخص: عمالة منزلية بعقود رسمية، إجازة أسبوعية والجواز مع العاملة. {contact}",
    "{org}: استقدام نظامي بدون رسوم على العامل. {contact}",
]
NGO_EN = ["{org}: Were you promised a job abroad and now can't leave? Call free, 24/7, confidential. {contact}"]
NGO_ES = ["{org}: ¿Te ofrecieron trabajo en el exterior y te quitaron el pasaporte? Llama gratis. {contact}"]
ORGS = [
    {
        "kind": "benign_agency",
        "lang": "en",
        "country": "KE",
        "name": "Harambee Overseas Placement",
        "size": 15,
        "site": "https://harambee-placement.example",
        "email": "info@harambee-placement.example",
        "portal": "https://overseas-jobs-registry.example/verify",
        "templates": AGENCY_EN,
        "platforms": ["jobs-portal", "marketplace"],
    },
    {
        "kind": "benign_agency",
        "lang": "en",
        "country": "PH",
        "name": "Luzon Manpower Services",
        "size": 13,
        "site": "https://luzonmanpower.example/jobs",
        "email": "hr@luzonmanpower.example",
        "portal": "https://overseas-jobs-registry.example/verify",
        "templates": AGENCY_EN,
        "platforms": ["jobs-portal"],
    },
    {
        "kind": "benign_agency",
        "lang": "es",
        "country": "CO",
        "name": "Talento Andino",
        "size": 14,
        "site": "https://talentoandino.example",
        "email": "convocatorias@talentoandino.example",
        "templates": AGENCY_ES,
        "platforms": ["jobs-portal", "clasificados"],
    },
    {
        "kind": "benign_agency",
        "lang": "ar",
        "country": "AE",
        "name": "مركز الخليج للعمالة المنزلية",
        "size": 12,
        "site": "https://gulf-domestic-centre.example",
        "email": "care@gulf-domestic-centre.example",
        "portal": "https://labour-services.example",
        "templates": AGENCY_AR,
        "platforms": ["souq-classifieds"],
    },
    {
        "kind": "benign_agency",
        "lang": "ar",
        "country": "SA",
        "name": "مؤسسة الثقة للاستقدام",
        "size": 10,
        "site": "https://thiqa-recruit.example",
        "email": "info@thiqa-recruit.example",
        "portal": "https://labour-services.example",
        "templates": AGENCY_AR,
        "platforms": ["souq-classifieds"],
    },
    {
        "kind": "benign_ngo",
        "lang": "en",
        "country": "US",
        "name": "Open Door Helpline",
        "size": 11,
        "site": "https://opendoor-help.example",
        "email": "help@opendoor-help.example",
        "templates": NGO_EN,
        "platforms": ["marketplace", "tiktok"],
    },
    {
        "kind": "benign_ngo",
        "lang": "es",
        "country": "CO",
        "name": "Fundación Camino Libre",
        "size": 10,
        "site": "https://caminolibre.example",
        "email": "orienta@caminolibre.example",
        "templates": NGO_ES,
        "platforms": ["marketplace", "clasificados"],
    },
]
HELPLINE_REGIONS = {"fr": "CA", "ar": "AE", "es": "CO", "en": "US"}
FOOTERS = {
    "jobs-portal": {
        "p": 0.5,
        "fr": ["Signalez toute offre qui demande des frais — ligne gratuite (Canada) : {helpline}"],
        "en": ["Report job scams and forced labour (USA, toll-free): {helpline}"],
        "es": ["¿Te piden dinero por un empleo? Línea gratuita (Colombia): {helpline}"],
        "ar": ["للإبلاغ عن الاستغلال (الإمارات، مجاني): {helpline}"],
    },
    "souq-classifieds": {
        "p": 0.15,
        "fr": ["Aide (Canada) : {helpline}"],
        "en": ["Need help? (USA) {helpline}"],
        "es": ["Ayuda (Colombia): {helpline}"],
        "ar": ["خط المساعدة (الإمارات): {helpline}"],
    },
    "marketplace": {
        "p": 0.06,
        "fr": ["Besoin d'aide ? (Canada) {helpline}"],
        "en": ["Safety line (USA): {helpline}"],
        "es": ["Línea de ayuda (Colombia): {helpline}"],
        "ar": ["خط الأمان (الإمارات): {helpline}"],
    },
}
