//! The app's own interface strings, in every interface language.
//!
//! One table, written with a macro so that a message cannot be added without all four
//! translations. `{name}` marks a placeholder that [`super::format`] fills in; every translation
//! of a message uses the same placeholders (tests/i18n.rs checks it).

macro_rules! messages {
    ($(
        $(#[$doc:meta])*
        $name:ident { en: $en:literal, fr: $fr:literal, es: $es:literal, ar: $ar:literal $(,)? }
    )*) => {
        /// A message of the app's interface. Get its text with [`super::text`] or
        /// [`super::format`].
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Msg {
            $( $(#[$doc])* $name, )*
        }

        impl Msg {
            /// Every message, for tests and tools.
            pub const ALL: &'static [Msg] = &[$(Msg::$name),*];

            /// The message's name in the source, e.g. `"SectionProgress"` (for test reports).
            pub fn name(self) -> &'static str {
                match self { $(Msg::$name => stringify!($name),)* }
            }

            /// The translations, in the order of [`super::UiLanguage::ALL`].
            pub(crate) fn texts(self) -> [&'static str; 4] {
                match self { $(Msg::$name => [$en, $fr, $es, $ar],)* }
            }
        }
    };
}

messages! {
    // --- Home screen -------------------------------------------------------------------------
    /// The product name (not translated; the home page's main heading).
    AppName { en: "caseforms", fr: "caseforms", es: "caseforms", ar: "caseforms" }
    /// The heading of the list of bundled forms.
    FormsHeading { en: "Forms", fr: "Formulaires", es: "Formularios", ar: "الاستمارات" }
    /// The sentence under the heading of the home screen.
    HomeIntro {
        en: "Choose a form to fill in.",
        fr: "Choisissez un formulaire à remplir.",
        es: "Elija un formulario para completar.",
        ar: "اختر استمارة لتعبئتها.",
    }
    /// Shown while the list of forms loads.
    FormsLoading {
        en: "Loading the list of forms…",
        fr: "Chargement de la liste des formulaires…",
        es: "Cargando la lista de formularios…",
        ar: "جارٍ تحميل قائمة الاستمارات…",
    }
    /// The list of bundled forms could not be read.
    FormsLoadFailed {
        en: "The list of forms could not be loaded: {detail}",
        fr: "La liste des formulaires n’a pas pu être chargée : {detail}",
        es: "No se pudo cargar la lista de formularios: {detail}",
        ar: "تعذّر تحميل قائمة الاستمارات: {detail}",
    }
    /// The list of bundled forms is empty.
    NoForms {
        en: "No forms are available.",
        fr: "Aucun formulaire n’est disponible.",
        es: "No hay formularios disponibles.",
        ar: "لا توجد استمارات متاحة.",
    }
    /// The heading of the box that opens a definition from a web address.
    OpenFromAddress {
        en: "Open a form from a web address",
        fr: "Ouvrir un formulaire depuis une adresse web",
        es: "Abrir un formulario desde una dirección web",
        ar: "فتح استمارة من عنوان ويب",
    }
    /// The label of the web-address input.
    AddressLabel {
        en: "Address of the form definition (JSON)",
        fr: "Adresse de la définition du formulaire (JSON)",
        es: "Dirección de la definición del formulario (JSON)",
        ar: "عنوان تعريف الاستمارة (JSON)",
    }
    /// The button that opens the definition at the address.
    Open { en: "Open", fr: "Ouvrir", es: "Abrir", ar: "فتح" }

    // --- Loading a form ----------------------------------------------------------------------
    /// Shown while a definition downloads.
    FormLoading {
        en: "Loading the form…",
        fr: "Chargement du formulaire…",
        es: "Cargando el formulario…",
        ar: "جارٍ تحميل الاستمارة…",
    }
    /// The heading when a definition cannot be opened.
    LoadFailedHeading {
        en: "The form could not be opened",
        fr: "Le formulaire n’a pas pu être ouvert",
        es: "No se pudo abrir el formulario",
        ar: "تعذّر فتح الاستمارة",
    }
    /// The download itself failed (offline, refused, blocked).
    NetworkError {
        en: "The form could not be downloaded from {url}. Check the address and the connection, then try again. ({detail})",
        fr: "Le formulaire n’a pas pu être téléchargé depuis {url}. Vérifiez l’adresse et la connexion, puis réessayez. ({detail})",
        es: "No se pudo descargar el formulario desde {url}. Compruebe la dirección y la conexión y vuelva a intentarlo. ({detail})",
        ar: "تعذّر تنزيل الاستمارة من {url}. تحقّق من العنوان ومن الاتصال ثم أعد المحاولة. ({detail})",
    }
    /// The server answered with an HTTP error.
    HttpError {
        en: "The server at {url} answered with an error ({status}). Check the address.",
        fr: "Le serveur à l’adresse {url} a répondu par une erreur ({status}). Vérifiez l’adresse.",
        es: "El servidor en {url} respondió con un error ({status}). Compruebe la dirección.",
        ar: "ردّ الخادم على العنوان {url} بخطأ ({status}). تحقّق من العنوان.",
    }
    /// The answer was a web page rather than a definition.
    NotJson {
        en: "The address {url} did not return a form definition: the answer is a web page or other text, not JSON.",
        fr: "L’adresse {url} n’a pas renvoyé de définition de formulaire : la réponse est une page web ou un autre texte, pas du JSON.",
        es: "La dirección {url} no devolvió una definición de formulario: la respuesta es una página web u otro texto, no JSON.",
        ar: "لم يُرجع العنوان {url} تعريف استمارة: الرد صفحة ويب أو نص آخر وليس JSON.",
    }
    /// The heading above a definition's problems.
    ProblemsHeading {
        en: "This form definition has problems",
        fr: "Cette définition de formulaire contient des problèmes",
        es: "Esta definición de formulario tiene problemas",
        ar: "يحتوي تعريف هذه الاستمارة على مشكلات",
    }
    /// The sentence under [`Msg::ProblemsHeading`].
    ProblemsIntro {
        en: "The form cannot be used until the errors below are fixed in {file}. Give this list to the person who maintains the form.",
        fr: "Le formulaire ne peut pas être utilisé tant que les erreurs ci-dessous ne sont pas corrigées dans {file}. Transmettez cette liste à la personne qui gère le formulaire.",
        es: "El formulario no se puede usar hasta que se corrijan los errores siguientes en {file}. Entregue esta lista a la persona que mantiene el formulario.",
        ar: "لا يمكن استخدام الاستمارة قبل إصلاح الأخطاء أدناه في {file}. سلّم هذه القائمة إلى الشخص المسؤول عن الاستمارة.",
    }
    /// How many problems were found.
    ProblemCount {
        en: "Errors: {errors}. Warnings: {warnings}.",
        fr: "Erreurs : {errors}. Avertissements : {warnings}.",
        es: "Errores: {errors}. Advertencias: {warnings}.",
        ar: "الأخطاء: {errors}. التحذيرات: {warnings}.",
    }
    /// The label of a problem that stops the form.
    SeverityError { en: "Error", fr: "Erreur", es: "Error", ar: "خطأ" }
    /// The label of a problem that does not stop the form.
    SeverityWarning { en: "Warning", fr: "Avertissement", es: "Advertencia", ar: "تحذير" }
    /// Where a problem is in the file.
    LineColumn {
        en: "line {line}, column {column}",
        fr: "ligne {line}, colonne {column}",
        es: "línea {line}, columna {column}",
        ar: "السطر {line}، العمود {column}",
    }
    /// The label before a problem's suggested fix.
    Suggestion { en: "Suggestion:", fr: "Suggestion :", es: "Sugerencia:", ar: "اقتراح:" }
    /// A link back to the home screen.
    BackToForms {
        en: "Back to the list of forms",
        fr: "Retour à la liste des formulaires",
        es: "Volver a la lista de formularios",
        ar: "العودة إلى قائمة الاستمارات",
    }
    /// Names the source of a form opened from a web address.
    LoadedFrom {
        en: "This form comes from {url}.",
        fr: "Ce formulaire provient de {url}.",
        es: "Este formulario procede de {url}.",
        ar: "هذه الاستمارة مصدرها {url}.",
    }

    /// The device's clock gives a date that cannot exist.
    ClockWrong {
        en: "The device’s clock gives an impossible date. Set the date and time, then reload.",
        fr: "L’horloge de l’appareil donne une date impossible. Réglez la date et l’heure, puis rechargez.",
        es: "El reloj del dispositivo da una fecha imposible. Ajuste la fecha y la hora y vuelva a cargar.",
        ar: "تعطي ساعة الجهاز تاريخًا مستحيلًا. اضبط التاريخ والوقت ثم أعد التحميل.",
    }

    // --- The form's toolbar and navigation ---------------------------------------------------
    /// The label of the language switcher.
    Language { en: "Language", fr: "Langue", es: "Idioma", ar: "اللغة" }
    /// The label of the one-long-page toggle.
    OnePage {
        en: "Show all sections on one page",
        fr: "Afficher toutes les sections sur une page",
        es: "Mostrar todas las secciones en una página",
        ar: "عرض جميع الأقسام في صفحة واحدة",
    }
    /// The progress indicator of the paged layout.
    SectionProgress {
        en: "Section {current} of {total}",
        fr: "Section {current} sur {total}",
        es: "Sección {current} de {total}",
        ar: "القسم {current} من {total}",
    }
    /// The label of the list of sections.
    Sections { en: "Sections", fr: "Sections", es: "Secciones", ar: "الأقسام" }
    /// Marks the current section in the section list, for screen readers.
    CurrentSection {
        en: "(current section)",
        fr: "(section actuelle)",
        es: "(sección actual)",
        ar: "(القسم الحالي)",
    }
    /// The button to the previous section.
    Previous { en: "Back", fr: "Précédent", es: "Anterior", ar: "السابق" }
    /// The button to the next section.
    Next { en: "Next", fr: "Suivant", es: "Siguiente", ar: "التالي" }
    /// The button that checks every answer and finalizes the record.
    Submit {
        en: "Check answers and finish",
        fr: "Vérifier les réponses et terminer",
        es: "Revisar las respuestas y terminar",
        ar: "التحقق من الإجابات والإنهاء",
    }
    /// The button that prints the filled form.
    Print { en: "Print", fr: "Imprimer", es: "Imprimir", ar: "طباعة" }
    /// How many required answers are given.
    Completion {
        en: "Answered: {answered} of {total} required questions",
        fr: "Réponses : {answered} sur {total} questions obligatoires",
        es: "Respondidas: {answered} de {total} preguntas obligatorias",
        ar: "تمت الإجابة عن {answered} من {total} من الأسئلة الإلزامية",
    }

    // --- Fields ------------------------------------------------------------------------------
    /// Marks a required question, after its label.
    Required { en: "(required)", fr: "(obligatoire)", es: "(obligatorio)", ar: "(إلزامي)" }
    /// Put before an error message for screen readers (GOV.UK pattern).
    ErrorPrefix { en: "Error:", fr: "Erreur :", es: "Error:", ar: "خطأ:" }
    /// The first, empty entry of a dropdown.
    ChooseOption {
        en: "Choose an option",
        fr: "Choisissez une option",
        es: "Elija una opción",
        ar: "اختر خيارًا",
    }
    /// A yes/no question's "yes", and `true` in a record.
    Yes { en: "Yes", fr: "Oui", es: "Sí", ar: "نعم" }
    /// A yes/no question's "no", and `false` in a record.
    No { en: "No", fr: "Non", es: "No", ar: "لا" }
    /// The label of a tally's total.
    Total { en: "Total", fr: "Total", es: "Total", ar: "المجموع" }
    /// How to draw a signature.
    SignatureHint {
        en: "Draw the signature in the box with a finger, a stylus or the mouse.",
        fr: "Dessinez la signature dans le cadre avec le doigt, un stylet ou la souris.",
        es: "Dibuje la firma en el recuadro con el dedo, un lápiz óptico o el ratón.",
        ar: "ارسم التوقيع داخل المربع بالإصبع أو بالقلم أو بالفأرة.",
    }
    /// The accessible name of the signature drawing area.
    SignaturePad {
        en: "Signature drawing area",
        fr: "Zone de dessin de la signature",
        es: "Área para dibujar la firma",
        ar: "مساحة رسم التوقيع",
    }
    /// The button that clears a signature.
    SignatureClear {
        en: "Clear the signature",
        fr: "Effacer la signature",
        es: "Borrar la firma",
        ar: "مسح التوقيع",
    }
    /// The label of the typed-name fallback of a signature.
    SignatureTyped {
        en: "Or type the full name to sign",
        fr: "Ou saisissez le nom complet pour signer",
        es: "O escriba el nombre completo para firmar",
        ar: "أو اكتب الاسم الكامل للتوقيع",
    }
    /// Said once a signature is stored.
    SignatureSaved {
        en: "Signature recorded.",
        fr: "Signature enregistrée.",
        es: "Firma registrada.",
        ar: "تم تسجيل التوقيع.",
    }
    /// A chosen file is larger than the field's `max_size_kb`.
    FileTooLarge {
        en: "The file is too large: choose one of at most {max} KB.",
        fr: "Le fichier est trop volumineux : choisissez-en un de {max} Ko au plus.",
        es: "El archivo es demasiado grande: elija uno de {max} KB como máximo.",
        ar: "الملف كبير جدًا: اختر ملفًا لا يتجاوز {max} كيلوبايت.",
    }
    /// A photo or file is kept in the answer.
    FileRecorded {
        en: "A file is attached.",
        fr: "Un fichier est joint.",
        es: "Hay un archivo adjunto.",
        ar: "تم إرفاق ملف.",
    }
    /// The button that removes an attached photo or file.
    RemoveFile { en: "Remove the file", fr: "Retirer le fichier", es: "Quitar el archivo", ar: "إزالة الملف" }

    // --- Repeat groups -----------------------------------------------------------------------
    /// The button that adds a row; `{label}` is the row label.
    AddRow { en: "Add {label}", fr: "Ajouter : {label}", es: "Añadir: {label}", ar: "إضافة: {label}" }
    /// The row label when the definition gives none.
    RowFallbackLabel { en: "Row", fr: "Ligne", es: "Fila", ar: "صف" }
    /// The title of one row: its label and its number.
    RowTitle { en: "{label} {number}", fr: "{label} {number}", es: "{label} {number}", ar: "{label} {number}" }
    /// The button that removes a row; `{label}` is the row's title.
    RemoveRow { en: "Remove {label}", fr: "Supprimer : {label}", es: "Eliminar: {label}", ar: "حذف: {label}" }
    /// The question of the remove-row dialog.
    ConfirmRemoveTitle {
        en: "Remove {label}?",
        fr: "Supprimer : {label} ?",
        es: "¿Eliminar: {label}?",
        ar: "حذف: {label}؟",
    }
    /// The explanation in the remove-row dialog.
    ConfirmRemoveBody {
        en: "The answers given in {label} will be deleted. This cannot be undone.",
        fr: "Les réponses données dans {label} seront supprimées. Cette action est définitive.",
        es: "Se borrarán las respuestas dadas en {label}. Esta acción no se puede deshacer.",
        ar: "ستُحذف الإجابات المقدَّمة في {label}. لا يمكن التراجع عن ذلك.",
    }
    /// The confirming button of the remove-row dialog.
    ConfirmRemove { en: "Yes, remove it", fr: "Oui, supprimer", es: "Sí, eliminar", ar: "نعم، احذف" }
    /// The cancelling button of a dialog.
    Cancel { en: "Cancel", fr: "Annuler", es: "Cancelar", ar: "إلغاء" }
    /// Shown when a repeat has its most rows.
    MaxRowsReached {
        en: "The most allowed is {max}.",
        fr: "Le maximum autorisé est {max}.",
        es: "El máximo permitido es {max}.",
        ar: "الحد الأقصى المسموح به هو {max}.",
    }
    /// Shown while a repeat has fewer rows than it needs.
    MinRowsNeeded {
        en: "At least {min} needed; {count} added so far.",
        fr: "Il en faut au moins {min} ; {count} ajouté(s) pour l’instant.",
        es: "Se necesitan al menos {min}; {count} añadido(s) hasta ahora.",
        ar: "المطلوب {min} على الأقل؛ أُضيف {count} حتى الآن.",
    }
    /// Shown in a repeat without rows.
    NoRows { en: "None added yet.", fr: "Aucun ajout pour l’instant.", es: "Nada añadido todavía.", ar: "لم يُضَف شيء بعد." }

    // --- Submitting --------------------------------------------------------------------------
    /// The heading of the error summary (GOV.UK pattern).
    ErrorSummaryTitle {
        en: "There is a problem",
        fr: "Il y a un problème",
        es: "Hay un problema",
        ar: "توجد مشكلة",
    }
    /// The heading of the completed record.
    CompletedTitle {
        en: "Form completed",
        fr: "Formulaire terminé",
        es: "Formulario completado",
        ar: "اكتملت الاستمارة",
    }
    /// The sentence under [`Msg::CompletedTitle`].
    CompletedIntro {
        en: "Every check passed. This is the finished record.",
        fr: "Toutes les vérifications sont réussies. Voici la fiche terminée.",
        es: "Se superaron todas las comprobaciones. Este es el registro terminado.",
        ar: "اجتازت الاستمارة جميع عمليات التحقق. هذا هو السجل المكتمل.",
    }
    /// The heading of the record's JSON.
    RecordJson {
        en: "The record as JSON",
        fr: "La fiche au format JSON",
        es: "El registro en formato JSON",
        ar: "السجل بصيغة JSON",
    }
    /// The button from the completed record back to the answers.
    BackToForm {
        en: "Back to the answers",
        fr: "Retour aux réponses",
        es: "Volver a las respuestas",
        ar: "العودة إلى الإجابات",
    }
    /// Shown for an empty answer in the record.
    NotAnswered { en: "Not answered", fr: "Sans réponse", es: "Sin respuesta", ar: "بدون إجابة" }

    // --- Validation errors (the engine's `Invalid`, see invalid.rs) -------------------------
    /// An answer of the wrong kind for the question (usually from an older version of the form).
    InvalidWrongKind {
        en: "This answer does not fit this question. Enter it again.",
        fr: "Cette réponse ne correspond pas à cette question. Saisissez-la à nouveau.",
        es: "Esta respuesta no corresponde a esta pregunta. Vuelva a introducirla.",
        ar: "هذه الإجابة لا تناسب هذا السؤال. أدخلها مرة أخرى.",
    }
    /// Not a whole number.
    InvalidWholeNumber {
        en: "Enter a whole number, like 12.",
        fr: "Saisissez un nombre entier, par exemple 12.",
        es: "Introduzca un número entero, por ejemplo 12.",
        ar: "أدخل عددًا صحيحًا، مثل 12.",
    }
    /// Not a number.
    InvalidNumber {
        en: "Enter a number, like 3.5.",
        fr: "Saisissez un nombre, par exemple 3,5.",
        es: "Introduzca un número, por ejemplo 3,5.",
        ar: "أدخل رقمًا، مثل 3.5.",
    }
    /// Not a date.
    InvalidDate {
        en: "Enter a real date.",
        fr: "Saisissez une date valide.",
        es: "Introduzca una fecha válida.",
        ar: "أدخل تاريخًا صحيحًا.",
    }
    /// Not a time.
    InvalidTime {
        en: "Enter a real time.",
        fr: "Saisissez une heure valide.",
        es: "Introduzca una hora válida.",
        ar: "أدخل وقتًا صحيحًا.",
    }
    /// Not a date and time.
    InvalidDateTime {
        en: "Enter a real date and time.",
        fr: "Saisissez une date et une heure valides.",
        es: "Introduzca una fecha y una hora válidas.",
        ar: "أدخل تاريخًا ووقتًا صحيحين.",
    }
    /// A choice that is not (or no longer) offered.
    InvalidOption {
        en: "“{value}” is not one of the options. Choose again.",
        fr: "« {value} » ne fait pas partie des options. Choisissez à nouveau.",
        es: "«{value}» no es una de las opciones. Vuelva a elegir.",
        ar: "«{value}» ليس من الخيارات المتاحة. اختر مرة أخرى.",
    }
    /// A tally count that is not a whole number of zero or more.
    InvalidCount {
        en: "The count for “{item}” must be a whole number of 0 or more.",
        fr: "Le nombre pour « {item} » doit être un entier positif ou nul.",
        es: "La cantidad de «{item}» debe ser un número entero igual o mayor que 0.",
        ar: "يجب أن يكون العدد الخاص بـ«{item}» عددًا صحيحًا يساوي 0 أو أكثر.",
    }
    /// A required question without an answer.
    InvalidRequired {
        en: "Answer this question.",
        fr: "Répondez à cette question.",
        es: "Responda a esta pregunta.",
        ar: "أجب عن هذا السؤال.",
    }
    /// A number below `min`.
    InvalidBelowMinNumber {
        en: "Enter a number of at least {min}.",
        fr: "Saisissez un nombre supérieur ou égal à {min}.",
        es: "Introduzca un número igual o mayor que {min}.",
        ar: "أدخل رقمًا لا يقل عن {min}.",
    }
    /// A date or time before `min`.
    InvalidBelowMinDate {
        en: "Enter a date or time on or after {min}.",
        fr: "Saisissez une date ou une heure égale ou postérieure au {min}.",
        es: "Introduzca una fecha u hora igual o posterior a {min}.",
        ar: "أدخل تاريخًا أو وقتًا في {min} أو بعده.",
    }
    /// A number above `max`.
    InvalidAboveMaxNumber {
        en: "Enter a number of at most {max}.",
        fr: "Saisissez un nombre inférieur ou égal à {max}.",
        es: "Introduzca un número igual o menor que {max}.",
        ar: "أدخل رقمًا لا يزيد على {max}.",
    }
    /// A date or time after `max`.
    InvalidAboveMaxDate {
        en: "Enter a date or time on or before {max}.",
        fr: "Saisissez une date ou une heure égale ou antérieure au {max}.",
        es: "Introduzca una fecha u hora igual o anterior a {max}.",
        ar: "أدخل تاريخًا أو وقتًا في {max} أو قبله.",
    }
    /// A date after today.
    InvalidFuture {
        en: "The date cannot be in the future.",
        fr: "La date ne peut pas être dans le futur.",
        es: "La fecha no puede ser futura.",
        ar: "لا يمكن أن يكون التاريخ في المستقبل.",
    }
    /// A text shorter than `min_length`.
    InvalidTooShort {
        en: "Enter at least {min} characters.",
        fr: "Saisissez au moins {min} caractères.",
        es: "Introduzca al menos {min} caracteres.",
        ar: "أدخل {min} من الأحرف على الأقل.",
    }
    /// A text longer than `max_length`.
    InvalidTooLong {
        en: "Enter {max} characters or fewer.",
        fr: "Saisissez {max} caractères au maximum.",
        es: "Introduzca como máximo {max} caracteres.",
        ar: "أدخل {max} من الأحرف كحد أقصى.",
    }
    /// A text that does not match `pattern`, when the definition gives no message.
    InvalidPattern {
        en: "This answer is not in the expected form.",
        fr: "Cette réponse n’est pas dans la forme attendue.",
        es: "Esta respuesta no tiene el formato esperado.",
        ar: "هذه الإجابة ليست بالصيغة المتوقعة.",
    }
    /// A repeat with fewer rows than `min_rows`.
    InvalidTooFewRows {
        en: "Add at least {min}.",
        fr: "Ajoutez-en au moins {min}.",
        es: "Añada al menos {min}.",
        ar: "أضف {min} على الأقل.",
    }
    /// A repeat with more rows than `max_rows`.
    InvalidTooManyRows {
        en: "Remove some: at most {max} are allowed.",
        fr: "Supprimez-en : {max} au maximum sont autorisés.",
        es: "Elimine algunos: se permiten {max} como máximo.",
        ar: "احذف بعضها: الحد الأقصى المسموح به {max}.",
    }
}
