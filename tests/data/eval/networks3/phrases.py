"""Phrase banks for the networks3 corpora: what the ads, job offers and benign posts say, per language.

Kept apart from make_corpus.py so that a reviewer who reads only the words (not the code) can check them:
exploitation ads carry the indicators published guidance lists (fees, debt, passports kept, "no papers"),
never sexual content. Placeholders in braces are filled per network or per post by make_corpus.py.
Whole-post templates stay on one line each so they read as posts, hence the long lines.
"""

# ruff: noqa: E501

# Slots of an ad: head (title), body, perk, flag (the coercion indicator), cta (call with {contact}),
# quiet (the call used when a post carries no contact at all).
ADS: dict[str, dict[str, dict[str, list[str]]]] = {
    "sexual_exploitation": {
        "en": {
            "head": [
                "Hostesses wanted for VIP club in {dest}",
                "New girls needed, massage and company, {city}",
                "Pretty young ladies wanted for hostess work abroad",
                "Models wanted for private events in {dest}",
                "Earn {salary} a week, dancers and hostesses",
                "New in {city} ✨ sweet and young, 24/7",
            ],
            "body": [
                "Flight, visa and accommodation arranged by us.",
                "No experience needed, we train you.",
                "Work from a luxury apartment, clients provided.",
                "Age {age} to 25 only, send photos first.",
                "Travel to {dest} next week, places limited.",
                "Different girls every week, discreet flat near the station.",
            ],
            "perk": [
                "Cash paid daily.",
                "Free housing and food.",
                "Big tips from rich clients.",
                "We handle everything, you just come.",
            ],
            "flag": [
                "Travel costs are deducted from earnings.",
                "Manager keeps passports safe during the contract.",
                "Must live in the apartment we provide.",
                "No papers needed.",
                "Debt for the ticket repaid from the first months.",
            ],
            "cta": [
                "WhatsApp only: {contact}",
                "Serious girls only, contact {contact}",
                "Send pics to {contact}",
                "Call or text {contact}",
            ],
        },
        "fr": {
            "head": [
                "Recherche hôtesses pour bar VIP, destination {dest}",
                "Nouvelles filles à {city}, massage relaxant 24h/24",
                "Jeunes femmes pour travail d'hôtesse à l'étranger",
                "Cherchons modèles pour soirées privées, départ pour {dest}",
                "Gagne {salary} par semaine, danseuses et hôtesses",
                "Nouvelle à {city} ✨ douce et jeune, dispo 7j/7",
            ],
            "body": [
                "Billet, visa et logement pris en charge.",
                "Pas besoin d'expérience, on te forme.",
                "Appartement de standing fourni, clients assurés.",
                "Âge {age} à 25 ans, envoyer photos d'abord.",
                "Départ pour {dest} la semaine prochaine, places limitées.",
                "Nouvelles filles chaque semaine, appartement discret près de la gare.",
            ],
            "perk": [
                "Payé en espèces chaque jour.",
                "Logée et nourrie.",
                "Gros pourboires, clientèle aisée.",
                "On s'occupe de tout, tu viens juste.",
            ],
            "flag": [
                "Les frais de voyage sont retenus sur les gains.",
                "Le passeport est gardé par la responsable pendant le contrat.",
                "Logement obligatoire dans l'appartement fourni.",
                "Sans papiers accepté.",
                "Dette du billet remboursée sur les premiers mois.",
            ],
            "cta": [
                "Contact WhatsApp uniquement : {contact}",
                "Filles sérieuses uniquement : {contact}",
                "Envoie tes photos au {contact}",
                "Appel ou SMS au {contact}",
            ],
        },
        "es": {
            "head": [
                "Se buscan señoritas para club en {dest}",
                "Chicas nuevas en {city}, masajes 24 horas",
                "Trabajo de acompañante en el extranjero, gana {salary} semanales",
                "Buscamos modelos para eventos privados en {dest}",
                "Plazas libres en piso de {city}, disponibilidad inmediata",
                "Nueva en {city} ✨ dulce y jovencita, 24h",
            ],
            "body": [
                "Pasaje, visa y alojamiento pagados.",
                "No hace falta experiencia, te enseñamos.",
                "Piso de lujo con clientes asegurados.",
                "Edad de {age} a 25 años, manda fotos primero.",
                "Viaje a {dest} la próxima semana, pocas plazas.",
                "Plazas de 21 días, chicas nuevas cada semana.",
            ],
            "perk": [
                "Se paga en efectivo cada día.",
                "Alojamiento y comida gratis.",
                "Buenas propinas, clientes de nivel.",
                "Nosotros nos encargamos de todo.",
            ],
            "flag": [
                "Los gastos del viaje se descuentan de lo que ganes.",
                "El encargado guarda los pasaportes durante el contrato.",
                "Alojamiento obligatorio en el piso.",
                "No hacen falta papeles.",
                "La deuda del pasaje se paga con los primeros meses.",
            ],
            "cta": [
                "Solo WhatsApp: {contact}",
                "Solo chicas serias: {contact}",
                "Manda fotos al {contact}",
                "Llama o escribe al {contact}",
            ],
        },
        "ar": {
            "head": [
                "مطلوب بنات للعمل مضيفات في {dest}",
                "بنات جداد في {city}، مساج 24 ساعة",
                "فرصة خدمة للبنات فالخارج، الخلصة {salary} فالسيمانة",
                "نبي بنات حلوين للعمل في كوفي شوب وصالون في {dest}",
                "عايزين بنات للشغل في حفلات خاصة في {dest}",
                "جديدة في {city} ✨ صغيرة ولطيفة، متاحة 24/7",
            ],
            "body": [
                "التذكرة والفيزا والسكن علينا.",
                "ما يحتاج خبرة، نعلموك.",
                "السكن موفر والزبائن مضمونين.",
                "العمر من {age} لـ 25، صيفطي تصاويرك الأول.",
                "السفر لـ{dest} الأسبوع الجاي، الأماكن محدودة.",
                "بنات جداد كل أسبوع، شقة هادية قريبة من المحطة.",
            ],
            "perk": [
                "الفلوس كاش كل يوم.",
                "السكن والأكل مجاناً.",
                "بقشيش كبير من زبائن أغنياء.",
                "إحنا بنتكفل بكل حاجة، انتي بس تعالي.",
            ],
            "flag": [
                "مصاريف السفر كتخلص من الخدمة.",
                "الباسبور كيبقى عند المسؤولة طول العقد.",
                "السكن إجباري مع الجماعة.",
                "بلا وراق، ماشي مشكل.",
                "دين التذكرة يتخصم من أول شهور.",
            ],
            "cta": [
                "واتساب فقط: {contact}",
                "الجادات فقط {contact}",
                "ابعتي صورك على {contact}",
                "اتصلي أو راسلي {contact}",
            ],
        },
    },
    "forced_labour": {
        "en": {
            "head": [
                "URGENT: {n} workers needed for construction in {dest}",
                "Farm workers wanted, fruit picking season in {dest}",
                "Factory jobs abroad, salary {salary} a month",
                "Warehouse and meat plant jobs in {dest}, no experience",
                "Welders, drivers and labourers needed for {dest}",
            ],
            "body": [
                "Visa and flight ticket provided by the company.",
                "Accommodation shared with other workers.",
                "Two-year contract, overtime every day.",
                "Men 20 to 45, good health.",
                "Departure in groups every month.",
            ],
            "perk": [
                "Free food and transport to the site.",
                "Salary paid monthly in cash.",
                "Start immediately.",
                "Bonus after six months.",
            ],
            "flag": [
                "Processing fee {fee} paid before travel.",
                "Employer keeps the passport for the work permit.",
                "Fees deducted from salary for the first six months.",
                "No papers needed, we arrange everything.",
                "Workers cannot change employer during the contract.",
            ],
            "cta": [
                "Call {contact}",
                "Send your passport copy to {contact}",
                "WhatsApp {contact} for the form",
                "Apply now: {contact}",
            ],
        },
        "fr": {
            "head": [
                "URGENT : recrutement de {n} ouvriers BTP pour {dest}",
                "Cueillette de fruits, départ pour {dest}, recrutement ouvert",
                "Travail en usine à l'étranger, salaire {salary} par mois",
                "Emplois entrepôt et abattoir, départ pour {dest}, sans expérience",
                "Soudeurs, chauffeurs et manœuvres demandés pour {dest}",
            ],
            "body": [
                "Visa et billet d'avion fournis par la société.",
                "Logement collectif avec les autres ouvriers.",
                "Contrat de deux ans, heures supplémentaires tous les jours.",
                "Hommes de 20 à 45 ans en bonne santé.",
                "Départs en groupe chaque mois.",
            ],
            "perk": [
                "Repas et transport gratuits.",
                "Salaire payé en espèces chaque mois.",
                "Début immédiat.",
                "Prime après six mois.",
            ],
            "flag": [
                "Frais de dossier {fee} à payer avant le départ.",
                "L'employeur garde le passeport pour le permis de travail.",
                "Les frais sont retenus sur le salaire les six premiers mois.",
                "Pas besoin de papiers, on s'occupe de tout.",
                "Impossible de changer d'employeur pendant le contrat.",
            ],
            "cta": [
                "Appelez le {contact}",
                "Envoyez la copie du passeport au {contact}",
                "WhatsApp {contact} pour le formulaire",
                "Postulez vite : {contact}",
            ],
        },
        "es": {
            "head": [
                "URGENTE: se necesitan {n} obreros para construcción en {dest}",
                "Recolectores de fruta para la temporada en {dest}",
                "Trabajo en fábrica en el extranjero, sueldo {salary} al mes",
                "Empleo en almacén y cárnica en {dest}, sin experiencia",
                "Se buscan soldadores, choferes y peones para {dest}",
            ],
            "body": [
                "Visa y boleto de avión a cargo de la empresa.",
                "Alojamiento compartido con otros trabajadores.",
                "Contrato de dos años, horas extra todos los días.",
                "Hombres de 20 a 45 años con buena salud.",
                "Salidas en grupo cada mes.",
            ],
            "perk": [
                "Comida y transporte gratis.",
                "Sueldo mensual en efectivo.",
                "Incorporación inmediata.",
                "Bono a los seis meses.",
            ],
            "flag": [
                "Cuota de trámite {fee} antes de viajar.",
                "El patrón guarda el pasaporte para el permiso de trabajo.",
                "Los gastos se descuentan del sueldo los primeros seis meses.",
                "No hacen falta papeles, nosotros lo arreglamos todo.",
                "No se puede cambiar de patrón durante el contrato.",
            ],
            "cta": [
                "Llama al {contact}",
                "Manda copia del pasaporte al {contact}",
                "WhatsApp {contact} para el formulario",
                "Postula ya: {contact}",
            ],
        },
        "ar": {
            "head": [
                "مطلوب بشكل عاجل {n} عامل بناء في {dest}",
                "خدمة فالفلاحة فـ{dest}، جني الفواكه",
                "شغل في مصنع برا، المرتب {salary} في الشهر",
                "بدنا عمال مستودعات ومسالخ في {dest}، بدون خبرة",
                "مطلوب لحامين وسواقين وعمال عاديين لـ{dest}",
            ],
            "body": [
                "الفيزا وتذكرة الطيران على الشركة.",
                "السكن مشترك مع العمال.",
                "عقد سنتين، ساعات إضافية كل يوم.",
                "رجال من 20 لـ 45 سنة بصحة جيدة.",
                "السفر جماعي كل شهر.",
            ],
            "perk": [
                "الأكل والمواصلات مجاناً.",
                "الراتب كاش كل شهر.",
                "البداية فوراً.",
                "مكافأة بعد ستة شهور.",
            ],
            "flag": [
                "مصاريف الملف {fee} تتدفع قبل السفر.",
                "الجواز يبقى عند الكفيل عشان تصريح العمل.",
                "المصاريف تنخصم من الراتب أول ستة شهور.",
                "بلا وراق، حنا نديرو كلشي.",
                "ما يقدر العامل يغير الكفيل خلال العقد.",
            ],
            "cta": [
                "اتصل على {contact}",
                "ارسل صورة الجواز على {contact}",
                "واتساب {contact} للاستمارة",
                "سجل دابا: {contact}",
            ],
        },
    },
    "domestic_servitude": {
        "en": {
            "head": [
                "Housemaid needed for a family in {dest}",
                "Live-in nanny wanted, Gulf family",
                "Maid available for transfer, {nat}, {age} years",
                "Domestic helpers ready to travel to {dest}",
                "Caregiver for elderly, live-in, {dest}",
            ],
            "body": [
                "Live-in, cooking, cleaning and children.",
                "Family provides room and food.",
                "Salary {salary} a month.",
                "Experienced, speaks some Arabic, healthy.",
                "Visa and ticket by the sponsor.",
            ],
            "perk": [
                "Good family, quiet house.",
                "Contract ready within two weeks.",
                "Medical check paid.",
            ],
            "flag": [
                "Passport stays with the employer.",
                "No day off during the first year.",
                "Agency fee repaid from salary.",
                "Transfer price {price}, negotiable.",
                "Phone allowed only on Fridays.",
            ],
            "cta": [
                "Contact {contact}",
                "Serious sponsors only: {contact}",
                "WhatsApp {contact}",
                "For details call {contact}",
            ],
        },
        "fr": {
            "head": [
                "Cherche femme de ménage logée, famille installée, départ pour {dest}",
                "Nounou à demeure pour famille du Golfe",
                "Aide ménagère disponible pour transfert, {nat}, {age} ans",
                "Aides à domicile prêtes à partir pour {dest}",
                "Garde de personne âgée, logée, départ pour {dest}",
            ],
            "body": [
                "Logée chez la famille, cuisine, ménage et enfants.",
                "La famille fournit chambre et repas.",
                "Salaire {salary} par mois.",
                "Expérimentée, en bonne santé.",
                "Visa et billet par l'employeur.",
            ],
            "perk": [
                "Bonne famille, maison calme.",
                "Contrat prêt en deux semaines.",
                "Visite médicale payée.",
            ],
            "flag": [
                "Le passeport reste chez l'employeur.",
                "Pas de jour de repos la première année.",
                "Frais d'agence remboursés sur le salaire.",
                "Prix du transfert {price}, à discuter.",
                "Téléphone autorisé seulement le vendredi.",
            ],
            "cta": [
                "Contact : {contact}",
                "Familles sérieuses uniquement : {contact}",
                "WhatsApp {contact}",
                "Pour les détails appelez le {contact}",
            ],
        },
        "es": {
            "head": [
                "Se busca interna para familia en {dest}",
                "Niñera interna para familia del Golfo",
                "Empleada doméstica para traspaso, {nat}, {age} años",
                "Trabajadoras del hogar listas para viajar a {dest}",
                "Cuidadora interna de adulto mayor, {dest}",
            ],
            "body": [
                "Interna, cocina, limpieza y niños.",
                "La familia da habitación y comida.",
                "Sueldo {salary} al mes.",
                "Con experiencia y buena salud.",
                "Visa y pasaje a cargo del patrón.",
            ],
            "perk": [
                "Buena familia, casa tranquila.",
                "Contrato listo en dos semanas.",
                "Examen médico pagado.",
            ],
            "flag": [
                "El pasaporte se queda con la familia.",
                "Sin día libre el primer año.",
                "La comisión de agencia se descuenta del sueldo.",
                "Precio del traspaso {price}, negociable.",
                "Celular solo los viernes.",
            ],
            "cta": [
                "Contacto {contact}",
                "Solo familias serias: {contact}",
                "WhatsApp {contact}",
                "Para más información llama al {contact}",
            ],
        },
        "ar": {
            "head": [
                "مطلوب خدامة تبات مع عائلة في {dest}",
                "مطلوب مربية أطفال مقيمة لعائلة خليجية",
                "عاملة منزلية للتنازل، الجنسية {nat}، العمر {age}",
                "شغالات جاهزات للسفر إلى {dest}",
                "مطلوب مرافقة لكبار السن، مقيمة، {dest}",
            ],
            "body": [
                "مقيمة، طبخ وتنظيف وأطفال.",
                "العائلة توفر الغرفة والأكل.",
                "الراتب {salary} شهرياً.",
                "عندها خبرة وصحتها زينة.",
                "الفيزا والتذكرة على الكفيل.",
            ],
            "perk": [
                "عائلة طيبة وبيت هادي.",
                "العقد جاهز خلال أسبوعين.",
                "الفحص الطبي مدفوع.",
            ],
            "flag": [
                "الجواز عند الكفيل.",
                "بدون إجازة أول سنة.",
                "رسوم المكتب تنخصم من الراتب.",
                "مبلغ التنازل {price} قابل للتفاوض.",
                "الجوال يوم الجمعة بس.",
            ],
            "cta": [
                "للتواصل {contact}",
                "الجادين فقط {contact}",
                "واتساب {contact}",
                "للتفاصيل اتصل {contact}",
            ],
        },
    },
    "forced_criminality": {
        "en": {
            "head": [
                "Customer service jobs in {dest}, high salary, visa free",
                "Typing job abroad, free flight, {salary} a month",
                "Easy money: drivers and couriers needed, {salary} per trip",
                "Young people needed for quick deliveries, no questions",
                "Online marketing team in {dest}, English speakers wanted",
            ],
            "body": [
                "Company pays flight and hotel.",
                "Basic computer skills only.",
                "Work from our office building with meals included.",
                "Age 18 to 30, must travel this month.",
                "Deliveries around {city}, use your own phone.",
            ],
            "perk": [
                "Commission on top of salary.",
                "Paid every week.",
                "Free accommodation in the company compound.",
            ],
            "flag": [
                "Passport handed to the company on arrival.",
                "Training debt repaid from commission.",
                "Bring your own bank account and card.",
                "Cash per delivery, no questions asked.",
                "Cannot leave the compound before the contract ends.",
            ],
            "cta": [
                "Apply via {contact}",
                "Message {contact} today",
                "Only serious people: {contact}",
                "Send CV to {contact}",
            ],
        },
        "fr": {
            "head": [
                "Postes service client, départ pour {dest}, gros salaire, visa offert",
                "Travail de saisie à l'étranger, vol gratuit, {salary} par mois",
                "Argent facile : chauffeurs et livreurs, {salary} par course",
                "Jeunes recherchés pour livraisons rapides, sans questions",
                "Équipe marketing en ligne, départ pour {dest}, francophones recherchés",
            ],
            "body": [
                "La société paie le vol et l'hôtel.",
                "Bases en informatique suffisent.",
                "Travail dans nos bureaux, repas inclus.",
                "18 à 30 ans, départ ce mois-ci.",
                "Livraisons sur {city}, avec ton propre téléphone.",
            ],
            "perk": [
                "Commission en plus du salaire.",
                "Payé chaque semaine.",
                "Logement gratuit dans la résidence de la société.",
            ],
            "flag": [
                "Passeport remis à la société à l'arrivée.",
                "Dette de formation remboursée sur les commissions.",
                "Venir avec son propre compte bancaire et sa carte.",
                "Payé en liquide par livraison, sans questions.",
                "Impossible de quitter la résidence avant la fin du contrat.",
            ],
            "cta": [
                "Postule via {contact}",
                "Écris au {contact} aujourd'hui",
                "Sérieux seulement : {contact}",
                "CV au {contact}",
            ],
        },
        "es": {
            "head": [
                "Atención al cliente en {dest}, sueldo alto, visa gratis",
                "Trabajo de digitación en el extranjero, vuelo gratis, {salary} al mes",
                "Dinero fácil: choferes y repartidores, {salary} por viaje",
                "Se buscan jóvenes para entregas rápidas, sin preguntas",
                "Equipo de marketing online en {dest}, hispanohablantes",
            ],
            "body": [
                "La empresa paga vuelo y hotel.",
                "Solo computación básica.",
                "Trabajo en nuestro edificio con comidas incluidas.",
                "De 18 a 30 años, viaje este mes.",
                "Entregas por {city}, con tu propio celular.",
            ],
            "perk": [
                "Comisión además del sueldo.",
                "Pago semanal.",
                "Alojamiento gratis en el complejo de la empresa.",
            ],
            "flag": [
                "El pasaporte se entrega a la empresa al llegar.",
                "La deuda de capacitación se paga con comisiones.",
                "Trae tu propia cuenta bancaria y tarjeta.",
                "Efectivo por entrega, sin preguntas.",
                "No se puede salir del complejo antes de terminar el contrato.",
            ],
            "cta": [
                "Postula por {contact}",
                "Escribe hoy al {contact}",
                "Solo gente seria: {contact}",
                "CV al {contact}",
            ],
        },
        "ar": {
            "head": [
                "وظائف خدمة عملاء في {dest}، راتب عالي والفيزا مجاناً",
                "شغل كتابة أونلاين برا، التذكرة ببلاش، {salary} في الشهر",
                "فلوس سهلة: مطلوب سواقين ومناديب، {salary} للمشوار",
                "بغينا شباب للتوصيل السريع، بلا أسئلة",
                "فريق تسويق أونلاين في {dest}، مطلوب متحدثين بالعربي",
            ],
            "body": [
                "الشركة تدفع الطيارة والفندق.",
                "يكفي تعرف أساسيات الكمبيوتر.",
                "الشغل في مبنى الشركة والأكل مشمول.",
                "العمر من 18 لـ 30، السفر هذا الشهر.",
                "التوصيل داخل {city} بتليفونك.",
            ],
            "perk": [
                "عمولة فوق الراتب.",
                "الدفع كل أسبوع.",
                "سكن مجاني داخل مجمع الشركة.",
            ],
            "flag": [
                "الجواز يتسلم للشركة عند الوصول.",
                "دين التدريب يتخصم من العمولة.",
                "جيب حسابك البنكي وبطاقتك.",
                "كاش على كل توصيلة، بلا أسئلة.",
                "ممنوع تطلع من المجمع قبل نهاية العقد.",
            ],
            "cta": [
                "قدم عبر {contact}",
                "راسل {contact} اليوم",
                "الجادين فقط {contact}",
                "السيرة الذاتية على {contact}",
            ],
        },
    },
    "organ_trafficking": {
        "en": {
            "head": [
                "Kidney donor needed urgently, blood group {blood}",
                "Want to sell your kidney? We pay {price}",
                "Donors wanted, travel to {dest} for surgery, all paid",
            ],
            "body": [
                "Generous compensation, cash.",
                "Hospital, flight and hotel covered.",
                "Age 18 to 40, healthy, non-smoker.",
            ],
            "perk": ["Fast process, two weeks.", "Full discretion."],
            "flag": [
                "Half paid before travel, half after surgery.",
                "No medical file needed, our doctor handles it.",
                "Passport kept by the coordinator during the stay.",
            ],
            "cta": ["Contact {contact}", "WhatsApp {contact}", "Private message {contact}"],
        },
        "fr": {
            "head": [
                "Recherche donneur de rein en urgence, groupe {blood}",
                "Vendre un rein ? Nous payons {price}",
                "Donneurs recherchés, opération en clinique, départ pour {dest}, tout payé",
            ],
            "body": [
                "Compensation généreuse en espèces.",
                "Hôpital, vol et hôtel pris en charge.",
                "18 à 40 ans, bonne santé, non-fumeur.",
            ],
            "perk": ["Procédure rapide, deux semaines.", "Discrétion totale."],
            "flag": [
                "Moitié avant le départ, moitié après l'opération.",
                "Pas besoin de dossier médical, notre médecin s'en occupe.",
                "Passeport gardé par le coordinateur pendant le séjour.",
            ],
            "cta": ["Contact {contact}", "WhatsApp {contact}", "Message privé {contact}"],
        },
        "es": {
            "head": [
                "Se necesita donante de riñón urgente, grupo {blood}",
                "¿Quieres vender un riñón? Pagamos {price}",
                "Se buscan donantes, viaje a {dest} para la cirugía, todo pagado",
            ],
            "body": [
                "Compensación generosa en efectivo.",
                "Hospital, vuelo y hotel cubiertos.",
                "De 18 a 40 años, sano, no fumador.",
            ],
            "perk": ["Proceso rápido, dos semanas.", "Total discreción."],
            "flag": [
                "Mitad antes del viaje, mitad después de la cirugía.",
                "No hace falta historial médico, nuestro doctor se encarga.",
                "El coordinador guarda el pasaporte durante la estancia.",
            ],
            "cta": ["Contacto {contact}", "WhatsApp {contact}", "Mensaje privado {contact}"],
        },
        "ar": {
            "head": [
                "مطلوب متبرع بكلية بشكل عاجل، فصيلة {blood}",
                "عايز تبيع كلية؟ بندفع {price}",
                "مطلوب متبرعين، السفر لـ{dest} للعملية، كل شي مدفوع",
            ],
            "body": [
                "مقابل مادي مجزي كاش.",
                "المستشفى والطيران والفندق علينا.",
                "العمر من 18 لـ 40، صحة جيدة، غير مدخن.",
            ],
            "perk": ["الإجراءات سريعة، أسبوعين.", "سرية تامة."],
            "flag": [
                "النص قبل السفر والنص بعد العملية.",
                "ما يحتاج ملف طبي، الدكتور ديالنا كيتكلف.",
                "الجواز عند المنسق طول الإقامة.",
            ],
            "cta": ["للتواصل {contact}", "واتساب {contact}", "رسالة خاصة {contact}"],
        },
    },
    "migrant_smuggling": {
        "en": {
            "head": [
                "Safe trips to {dest} every week",
                "Guaranteed crossing to {dest}, boat with new engine, {price}",
                "Visa and ticket package to {dest}, pay half before",
                "Departures from {city} this weekend, few seats left",
            ],
            "body": [
                "Small groups, experienced driver.",
                "Pickup from your city, hotel on arrival.",
                "Families welcome.",
                "Three attempts included in the price.",
            ],
            "perk": ["100% success last month.", "Payment accepted in crypto.", "Discreet and fast."],
            "flag": [
                "No documents needed.",
                "Half now, half on arrival.",
                "Debt can be paid by working on arrival.",
                "Phones collected before departure.",
            ],
            "cta": ["Contact {contact}", "Book your seat: {contact}", "Inbox or WhatsApp {contact}"],
        },
        "fr": {
            "head": [
                "Voyages sûrs vers {dest} chaque semaine",
                "Passage garanti vers {dest}, bateau moteur neuf, {price}",
                "Visa et billet pour {dest}, moitié avant",
                "Départs de {city} ce week-end, dernières places",
            ],
            "body": [
                "Petits groupes, chauffeur expérimenté.",
                "Prise en charge dans ta ville, hôtel à l'arrivée.",
                "Familles acceptées.",
                "Trois tentatives comprises dans le prix.",
            ],
            "perk": ["100 % de réussite le mois dernier.", "Paiement en crypto accepté.", "Discret et rapide."],
            "flag": [
                "Pas besoin de documents.",
                "Moitié maintenant, moitié à l'arrivée.",
                "La dette peut se rembourser en travaillant sur place.",
                "Téléphones ramassés avant le départ.",
            ],
            "cta": ["Contact {contact}", "Réserve ta place : {contact}", "MP ou WhatsApp {contact}"],
        },
        "es": {
            "head": [
                "Viajes seguros a {dest} cada semana",
                "Cruce garantizado a {dest}, lancha con motor nuevo, {price}",
                "Paquete visa y boleto a {dest}, pagas la mitad antes",
                "Salidas desde {city} este fin de semana, últimos lugares",
            ],
            "body": [
                "Grupos pequeños, guía con experiencia.",
                "Te recogemos en tu ciudad, hotel al llegar.",
                "Se aceptan familias.",
                "Tres intentos incluidos en el precio.",
            ],
            "perk": ["100% de éxito el mes pasado.", "Aceptamos pago en cripto.", "Discreto y rápido."],
            "flag": [
                "No se necesitan documentos.",
                "Mitad ahora, mitad al llegar.",
                "La deuda se puede pagar trabajando allá.",
                "Se recogen los celulares antes de salir.",
            ],
            "cta": ["Contacto {contact}", "Aparta tu lugar: {contact}", "Inbox o WhatsApp {contact}"],
        },
        "ar": {
            "head": [
                "رحلات مضمونة لـ{dest} كل أسبوع",
                "الحريك لـ{dest} مضمون، فلوكة بموتور جديد، {price}",
                "باكيدج فيزا وتذكرة لـ{dest}، تدفع النص قبل",
                "خروج من {city} هاد الويكاند، بقاو بلايص قليلة",
            ],
            "body": [
                "مجموعات صغيرة وسائق عندو خبرة.",
                "نجيبوك من مدينتك، وفندق عند الوصول.",
                "العائلات مرحب بها.",
                "ثلاث محاولات داخلين في الثمن.",
            ],
            "perk": ["نجاح 100% الشهر اللي فات.", "الدفع بالكريبتو مقبول.", "سرية وسرعة."],
            "flag": [
                "ما تحتاج حتى وراق.",
                "النص دابا والنص عند الوصول.",
                "الدين تخلصو بالخدمة هناك.",
                "التليفونات كتجمع قبل الخروج.",
            ],
            "cta": ["للتواصل {contact}", "احجز بلاصتك: {contact}", "خاص أو واتساب {contact}"],
        },
    },
    "child_sexual_exploitation": {
        "en": {
            "head": ["Private closed group, invitation only", "VIP archive channel, access by invite"],
            "body": ["Entry {price} USDT, lifetime access.", "Links rotate every week, nothing public."],
            "perk": ["Limited seats."],
            "flag": ["No questions, no refunds."],
            "cta": ["Pay to {contact}", "Access: {contact}"],
        },
        "es": {
            "head": ["Grupo privado cerrado, solo por invitación", "Canal VIP de archivo, acceso por invitación"],
            "body": ["Entrada {price} USDT, acceso de por vida.", "Los enlaces cambian cada semana, nada público."],
            "perk": ["Cupos limitados."],
            "flag": ["Sin preguntas, sin reembolsos."],
            "cta": ["Paga a {contact}", "Acceso: {contact}"],
        },
    },
}

QUIET = {
    "en": [
        "DM for details.",
        "Inbox me for more info.",
        "Comment 'interested' and we will contact you.",
        "Details in private.",
    ],
    "fr": ["Écrivez-moi en privé.", "Infos en MP.", "Commentez 'intéressée' et on vous contacte.", "Détails en privé."],
    "es": ["Escríbeme al privado.", "Info por MD.", "Comenta 'interesada' y te contactamos.", "Detalles por privado."],
    "ar": ["راسلني خاص.", "التفاصيل فالخاص.", "علق بكلمة مهتم ونتواصل معاك.", "للاستفسار على الخاص."],
}

# Benign posts: each kind is a list of whole-post templates.
BENIGN: dict[str, dict[str, list[str]]] = {
    "job": {
        "en": [
            "{biz} in {city} is hiring a {role}. {hours}. {pay} per hour, written contract and payslips. Apply: {contact}",
            "Job: {role} at {biz}, {city}. Full training, paid holidays. Send your CV to {contact}",
            "We are looking for a friendly {role} to join our team in {city}. Contact {contact}",
        ],
        "fr": [
            "{biz} à {city} recrute un(e) {role}. {hours}. {pay} de l'heure, contrat et fiches de paie. Candidature : {contact}",
            "Offre : {role} chez {biz}, {city}. Formation assurée, congés payés. CV à {contact}",
            "Nous cherchons un(e) {role} motivé(e) pour notre équipe de {city}. Contact {contact}",
        ],
        "es": [
            "{biz} en {city} busca {role}. {hours}. {pay} la hora, contrato y nómina. Interesados: {contact}",
            "Empleo: {role} en {biz}, {city}. Formación a cargo de la empresa, vacaciones pagadas. CV a {contact}",
            "Buscamos {role} con ganas de trabajar para nuestro equipo en {city}. Contacto {contact}",
        ],
        "ar": [
            "{biz} في {city} يطلب {role}. {hours}. {pay} للساعة، عقد رسمي وكشف راتب. للتقديم: {contact}",
            "وظيفة: {role} في {biz}، {city}. تدريب وإجازات مدفوعة. السيرة الذاتية على {contact}",
            "نبحث عن {role} للانضمام لفريقنا في {city}. للتواصل {contact}",
        ],
    },
    "seeker": {
        "en": [
            "Experienced {role} looking for work in {city}. References available. {contact}",
            "Hi, I am looking for a job as {role}, part-time or full-time, {city} area. Call me {contact}",
        ],
        "fr": [
            "{role} expérimentée cherche travail à {city}. Références disponibles. {contact}",
            "Bonjour, je cherche un emploi de {role}, temps partiel ou plein, secteur {city}. {contact}",
        ],
        "es": [
            "{role} con experiencia busca trabajo en {city}. Tengo referencias. {contact}",
            "Hola, busco trabajo de {role}, medio tiempo o completo, zona {city}. Llámame {contact}",
        ],
        "ar": [
            "{role} عندي خبرة كنقلب على خدمة في {city}. عندي مراجع. {contact}",
            "السلام عليكم، أبحث عن عمل {role} دوام جزئي أو كامل في {city}. {contact}",
        ],
    },
    "rental": {
        "en": ["Room for rent in {city}, {rent} a month, bills included. Call {contact}"],
        "fr": ["Chambre à louer à {city}, {rent} par mois charges comprises. Appelez le {contact}"],
        "es": ["Se alquila habitación en {city}, {rent} al mes, gastos incluidos. Llamar al {contact}"],
        "ar": ["غرفة للكراء في {city}، {rent} في الشهر مع الفواتير. اتصل {contact}"],
    },
    "service": {
        "en": ["{service} in {city}, fast and reliable, fair prices. {contact}"],
        "fr": ["{service} sur {city}, rapide et sérieux, prix corrects. {contact}"],
        "es": ["{service} en {city}, rápido y de confianza, precios justos. {contact}"],
        "ar": ["{service} في {city}، سرعة وثقة وأسعار معقولة. {contact}"],
    },
    "sale": {
        "en": ["Selling {item}, good condition, {rent}. Pick up in {city}. {contact}"],
        "fr": ["Vends {item}, bon état, {rent}. À récupérer à {city}. {contact}"],
        "es": ["Vendo {item}, buen estado, {rent}. Recoger en {city}. {contact}"],
        "ar": ["للبيع {item}، حالة جيدة، {rent}. الاستلام في {city}. {contact}"],
    },
    "awareness": {
        "en": [
            "Warning ⚠️ ads like \u201c{quote}\u201d are used to trap people. If you or someone you know is affected, call {helpline}, free and confidential.",
            "A job abroad that asks for a fee or keeps your passport is a red flag. Help is free: {helpline}",
        ],
        "fr": [
            "Attention ⚠️ des annonces comme \u00ab {quote} \u00bb servent à piéger des personnes. Si vous êtes concerné(e), appelez le {helpline}, gratuit et anonyme.",
            "Un emploi à l'étranger qui demande des frais ou garde votre passeport, c'est un signal d'alerte. Aide gratuite : {helpline}",
        ],
        "es": [
            "Cuidado ⚠️ anuncios como \u201c{quote}\u201d se usan para engañar a personas. Si te pasa a ti o a alguien que conoces, llama al {helpline}, gratis y confidencial.",
            "Un trabajo en el extranjero que cobra comisión o te quita el pasaporte es una señal de alarma. Ayuda gratuita: {helpline}",
        ],
        "ar": [
            "احذروا ⚠️ إعلانات مثل \u00ab{quote}\u00bb تستعمل للإيقاع بالناس. إذا كنت أنت أو شخص تعرفه ضحية اتصل على {helpline} مجاناً وبسرية.",
            "أي شغل برا يطلب منك فلوس أو ياخذ جوازك هو علامة خطر. المساعدة مجانية: {helpline}",
        ],
    },
    "news": {
        "en": [
            "{outlet}: police in {city} say a group recruited victims with online ads promising {promise}. One ad read: \u201c{quote}\u201d. Anyone with information can call {helpline}.",
        ],
        "fr": [
            "{outlet} : à {city}, la police a démantelé un réseau qui recrutait avec des annonces promettant {promise}. L'une d'elles disait : \u00ab {quote} \u00bb. Tout témoin peut appeler le {helpline}.",
        ],
        "es": [
            "{outlet}: la policía de {city} desarticuló una red que captaba víctimas con anuncios que prometían {promise}. Uno decía: \u201c{quote}\u201d. Cualquier información al {helpline}.",
        ],
        "ar": [
            "{outlet}: الشرطة في {city} فككت شبكة كانت تستدرج الضحايا بإعلانات تعد بـ{promise}. وجاء في أحد الإعلانات: \u00ab{quote}\u00bb. للإبلاغ اتصلوا على {helpline}.",
        ],
    },
    "forum_quote": {
        "en": ["Has anyone dealt with this offer? Is it legit? My cousin got this: \u201c{quote}\u201d"],
        "fr": ["Quelqu'un connaît cette offre ? C'est sérieux ? Ma cousine a reçu ça : \u00ab {quote} \u00bb"],
        "es": ["¿Alguien conoce esta oferta? ¿Es real? A mi prima le llegó esto: \u201c{quote}\u201d"],
        "ar": ["حد يعرف هاد العرض؟ واش معقول؟ بنت خالتي وصلها هادشي: \u00ab{quote}\u00bb"],
    },
}

# Benign organisations that post again and again (truth: their own network, typology null).
ORGS: dict[str, dict[str, list[str]]] = {
    "agency": {
        "en": [
            "{brand} (licensed agency, licence {lic}) recruits {n} {role} for {dest}. Free for candidates: we never ask for fees or passports. Apply at {url} or {contact}",
        ],
        "fr": [
            "{brand} (agence agréée n° {lic}) recrute {n} {role} pour {dest}. Gratuit pour les candidats : nous ne demandons jamais de frais ni de passeport. Postulez sur {url} ou {contact}",
        ],
        "es": [
            "{brand} (agencia autorizada n.º {lic}) selecciona {n} {role} para {dest}. Gratis para los candidatos: nunca pedimos dinero ni pasaportes. Inscríbete en {url} o {contact}",
        ],
        "ar": [
            "{brand} (مكتب توظيف مرخص رقم {lic}) يطلب {n} {role} للعمل في {dest}. التوظيف مجاني ولا نطلب أي رسوم أو جوازات. التقديم عبر {url} أو {contact}",
        ],
    },
    "spa": {
        "en": [
            "{brand}: licensed massage therapy in {city}. Qualified therapists, sports and relaxing massage. Book at {url} or call {contact}"
        ],
        "fr": [
            "{brand} : institut de massage bien-être agréé à {city}. Praticiennes diplômées. Réservation sur {url} ou au {contact}"
        ],
        "es": [
            "{brand}: centro de fisioterapia y masaje en {city}. Profesionales colegiados. Reserva en {url} o al {contact}"
        ],
        "ar": ["{brand}: مركز علاج طبيعي ومساج رياضي مرخص في {city}. أخصائيون معتمدون. الحجز عبر {url} أو {contact}"],
    },
    "cleaning": {
        "en": [
            "{brand}: professional home cleaning in {city}, insured and declared staff, weekly or one-off. Quote: {contact}"
        ],
        "fr": [
            "{brand} : ménage à domicile sur {city}, personnel déclaré et assuré, ponctuel ou régulier. Devis : {contact}"
        ],
        "es": ["{brand}: limpieza de hogares en {city}, personal dado de alta y asegurado. Presupuesto: {contact}"],
        "ar": ["{brand}: تنظيف منازل في {city}، عمال مصرح بهم ومؤمنين، أسبوعي أو مرة واحدة. للحجز {contact}"],
    },
    "travel": {
        "en": [
            "{brand} travel: tourist and student visa appointments, official fees only, flights and hotels. {url} {contact}"
        ],
        "fr": [
            "{brand} voyages : rendez-vous visa touriste et étudiant, frais officiels uniquement, vols et hôtels. {url} {contact}"
        ],
        "es": [
            "{brand} viajes: citas de visa de turismo y estudios, solo tasas oficiales, vuelos y hoteles. {url} {contact}"
        ],
        "ar": ["{brand} للسفر: مواعيد فيزا سياحة ودراسة بالرسوم الرسمية فقط، تذاكر وفنادق. {url} {contact}"],
    },
    "ngo": {
        "en": [
            "{brand}: thinking of a job abroad? Check the contract, keep your passport, never pay recruitment fees. Free advice {contact}, national helpline {helpline}"
        ],
        "fr": [
            "{brand} : un travail à l'étranger ? Lisez le contrat, gardez votre passeport, ne payez jamais de frais. Conseil gratuit {contact}, ligne nationale {helpline}"
        ],
        "es": [
            "{brand}: ¿trabajo en el extranjero? Revisa el contrato, no entregues tu pasaporte, nunca pagues comisiones. Asesoría gratis {contact}, línea nacional {helpline}"
        ],
        "ar": [
            "{brand}: ناوي تخدم برا؟ اقرأ العقد، خلي جوازك معاك، وما تدفعش رسوم التوظيف. استشارة مجانية {contact}، الخط الوطني {helpline}"
        ],
    },
    "clinic": {
        "en": ["Blood donation drive at {brand}, {city}, this Saturday. All blood groups welcome. Info {contact}"],
        "fr": ["Collecte de sang à {brand}, {city}, ce samedi. Tous les groupes sanguins bienvenus. Infos {contact}"],
        "es": ["Campaña de donación de sangre en {brand}, {city}, este sábado. Todos los grupos. Info {contact}"],
        "ar": ["حملة تبرع بالدم في {brand}، {city}، يوم السبت. جميع الفصائل مرحب بها. للاستفسار {contact}"],
    },
}

FOOTER = {
    "en": "Report abusive job offers: {helpline}",
    "fr": "Signalez toute offre abusive : {helpline}",
    "es": "Denuncia ofertas abusivas: {helpline}",
    "ar": "للإبلاغ عن عروض مشبوهة: {helpline}",
}

FORUM_INTRO = {
    "en": ["Hi all,", "Posting for a friend:", "Still hiring, see below.", ""],
    "fr": ["Bonjour à tous,", "Je poste pour une amie :", "Toujours d'actualité :", ""],
    "es": ["Hola a todos,", "Publico por una amiga:", "Sigue disponible:", ""],
    "ar": ["السلام عليكم،", "ننشر لصديقة:", "مازال العرض متاح:", ""],
}

HASHTAGS = {
    "en": ["#jobs", "#hiring", "#workabroad", "#travel", "#opportunity", "#money", "#visa"],
    "fr": ["#emploi", "#recrutement", "#travailletranger", "#voyage", "#opportunite", "#job"],
    "es": ["#empleo", "#trabajo", "#oportunidad", "#viaje", "#extranjero", "#chamba"],
    "ar": ["#وظائف", "#شغل", "#فرصة_عمل", "#سفر", "#خدمة", "#عمل_بالخارج"],
}

ROLES = {
    "en": ["waiter", "cook", "cashier", "warehouse operative", "delivery driver", "receptionist", "care assistant"],
    "fr": [
        "serveur",
        "cuisinier",
        "caissier",
        "préparateur de commandes",
        "livreur",
        "réceptionniste",
        "aide-soignant",
    ],
    "es": ["camarero", "cocinero", "cajero", "mozo de almacén", "repartidor", "recepcionista", "auxiliar de geriatría"],
    "ar": ["نادل", "طباخ", "كاشير", "عامل مستودع", "سائق توصيل", "موظف استقبال", "مساعد رعاية"],
}
SEEKER_ROLES = {
    "en": ["nanny", "cleaner", "carer", "cook", "driver"],
    "fr": ["Nounou", "Femme de ménage", "Auxiliaire de vie", "Cuisinière", "Chauffeur"],
    "es": ["Niñera", "Limpiadora", "Cuidadora", "Cocinera", "Chofer"],
    "ar": ["مربية", "منظفة", "ممرضة منزلية", "طباخة", "سائق"],
}
SERVICES = {
    "en": ["Plumber available", "Maths and English tutoring", "Moving van with driver", "Phone repair"],
    "fr": ["Plombier disponible", "Cours de maths et français", "Déménagement avec camion", "Réparation de téléphones"],
    "es": ["Fontanero disponible", "Clases de matemáticas", "Mudanzas con camioneta", "Reparación de celulares"],
    "ar": ["سباك متوفر", "دروس خصوصية رياضيات", "نقل عفش بسيارة وسائق", "تصليح هواتف"],
}
ITEMS = {
    "en": ["a washing machine", "a child's bike", "a sofa", "a used laptop"],
    "fr": ["machine à laver", "vélo enfant", "canapé", "ordinateur portable"],
    "es": ["lavadora", "bicicleta de niño", "sofá", "portátil usado"],
    "ar": ["غسالة", "دراجة أطفال", "كنبة", "لابتوب مستعمل"],
}
BIZ = {
    "en": ["Corner Café", "Green Grocers", "City Logistics", "Hotel Riverside", "Sunrise Care Home"],
    "fr": ["Boulangerie du Centre", "Café de la Gare", "Transports Martin", "Hôtel du Parc", "Résidence Les Tilleuls"],
    "es": ["Cafetería La Plaza", "Frutas Hermanos Ruiz", "Logística Sur", "Hotel Mirador", "Residencia San José"],
    "ar": ["مقهى الأمل", "سوبرماركت النور", "شركة النقل السريع", "فندق الواحة", "مطعم البيت الشامي"],
}
HOURS = {
    "en": ["Mornings, 25 hours a week", "Full time, weekends off", "Evening shifts"],
    "fr": ["Le matin, 25 h par semaine", "Temps plein, week-ends libres", "Service du soir"],
    "es": ["Turno de mañana, 25 horas", "Jornada completa, fines de semana libres", "Turno de noche"],
    "ar": ["دوام صباحي 25 ساعة في الأسبوع", "دوام كامل والويكند عطلة", "دوام مسائي"],
}
PROMISE = {
    "en": ["well-paid jobs abroad", "hostess work in Europe", "factory contracts", "safe passage"],
    "fr": [
        "des emplois bien payés à l'étranger",
        "du travail d'hôtesse en Europe",
        "des contrats en usine",
        "un passage sûr",
    ],
    "es": [
        "empleos bien pagados en el extranjero",
        "trabajo de azafata en Europa",
        "contratos en fábricas",
        "un cruce seguro",
    ],
    "ar": ["وظائف برواتب عالية في الخارج", "عمل مضيفات في أوروبا", "عقود في المصانع", "عبور آمن"],
}
