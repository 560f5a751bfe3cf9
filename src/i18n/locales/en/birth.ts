/** Words of the birth bundle (English), loaded when English is first needed. Keys follow src/bundles/birth.ts. */
import type { birth as viFirst } from '../vi/birth.js';
import type { birthLater as viLater } from '../vi/birth-later.js';

/** Both Vietnamese modules' keys, which the English wording must all have. */
type Words = typeof viFirst & typeof viLater & {
  birth: typeof viFirst.birth & typeof viLater.birth & {
    step: typeof viFirst.birth.step & typeof viLater.birth.step;
    registration: typeof viFirst.birth.registration & typeof viLater.birth.registration;
    option: typeof viFirst.birth.option & typeof viLater.birth.option;
  };
};

/** The same questions are asked of the mother and of the father. */
const parent = {
  familyName: { label: 'Family name' },
  middleName: { label: 'Middle name' },
  givenName: { label: 'Given name' },
  birthDate: { label: 'Date of birth' },
  nationality: { label: 'Nationality' },
  nationalityName: { label: 'Name of the nationality' },
  personalId: { label: 'Personal identification number', hint: '12 digits, printed on the ID card.' },
  ethnicity: { label: 'Ethnicity' },
  residenceType: { label: 'Kind of residence' },
  residence: { label: 'Place of residence' },
};

export const birth: Words = {
  birth: {
    title: 'Birth registration, permanent residence and health-insurance card for a child under 6',
    procedure: {
      birthRegistration: { label: 'Birth registration', hint: 'The commune or ward People’s Committee issues the birth certificate.' },
      permanentResidence: { label: 'Permanent residence for the child', hint: 'The commune or ward police register the residence.' },
      healthInsurance: { label: 'Health-insurance card for a child under 6', hint: 'Social Insurance issues the card, free of charge.' },
    },
    step: {
      procedures: { title: 'Choose the procedures', intro: 'Answer once; your application goes to Justice, the Police and Social Insurance.' },
      declarant: { title: 'The person applying', intro: 'The person who asks for the child’s birth to be registered.' },
      declarantContact: { title: 'Contact and residence of the person applying' },
      child: { title: 'About the child' },
      birthPlace: { title: 'Where the child was born' },
      origin: { title: 'The child’s ethnicity, nationality and hometown' },
      parents: { title: 'The child’s parents' },
      mother: { title: 'About the mother' },
      father: { title: 'About the father' },
      marriage: { title: 'The parents’ marriage certificate' },
      office: { title: 'Where to register the birth' },
      residence: { title: 'Permanent residence for the child', intro: 'A child is usually registered at a parent’s residence.' },
      residenceAddress: { title: 'The child’s permanent residence and current place of living' },
      documents: { title: 'Documents', intro: 'Take sharp photos or choose PDF files. One box per document; add every page of a document with several pages.' },
      residenceDocuments: { title: 'Documents for permanent residence' },
      insurance: { title: 'The child’s health-insurance card' },
    },
    declarant: {
      fullName: { label: 'Full name', hint: 'With diacritics, as on your ID card.' },
      personalId: { label: 'Personal identification number', hint: '12 digits, printed on the ID card.' },
      birthDate: { label: 'Date of birth', hint: 'For example, 27 3 1990' },
      sex: { label: 'Sex' },
      relationship: { label: 'Relationship to the child' },
      phone: { label: 'Mobile phone number', hint: 'For text messages about the application. For example, 0912 345 678' },
      email: { label: 'Email address' },
      residenceType: { label: 'Kind of residence' },
      residence: { label: 'Place of residence' },
    },
    child: {
      familyName: { label: 'Family name' },
      middleName: { label: 'Middle name', hint: 'Leave empty if there is none.' },
      givenName: { label: 'Given name' },
      sex: { label: 'Sex' },
      birthDate: { label: 'Date of birth', hint: 'As on the medical birth certificate. For example, 15 3 2026' },
      birthPlaceKind: { label: 'Where was the child born?' },
      birthFacility: { label: 'Name of the health facility', hint: 'For example, Hanoi Obstetrics and Gynaecology Hospital' },
      birthPlace: { label: 'Address of the place of birth', hint: 'The health facility’s address, or where the child was born.' },
      ethnicity: { label: 'Ethnicity' },
      nationality: { label: 'Nationality' },
      nationalityName: { label: 'Name of the nationality' },
      hometown: { label: 'Hometown', hint: 'The father’s or the mother’s hometown. The province alone is enough.' },
    },
    mother: parent,
    father: {
      ...parent,
      sameResidenceAsMother: { label: 'Does the father live at the same place as the mother?' },
    },
    registration: {
      registrationKind: { label: 'Kind of birth registration' },
      birthCase: { label: 'Are the child’s parents known?' },
      parentsMarried: { label: 'Have the parents registered their marriage?' },
      marriageNumber: { label: 'Marriage certificate number' },
      marriageBook: { label: 'Book number', hint: 'If the certificate shows one.' },
      marriageDate: { label: 'Date the marriage was registered' },
      marriagePlace: { label: 'Where the marriage was registered', hint: 'The issuing authority, for example Thanh Xuân ward People’s Committee' },
      office: { label: 'People’s Committee of the commune or ward where you register the birth', hint: 'You may choose a parent’s place of residence or another convenient one.' },
      copies: { label: 'Number of copies of the birth extract', hint: 'From 1 to 9.' },
    },
    residence: {
      residenceCase: { label: 'Residence case' },
      headOfHousehold: { label: 'Who is the head of household?' },
      headName: { label: 'Full name of the head of household' },
      headPersonalId: { label: 'Personal identification number of the head of household' },
      relationToHead: { label: 'The child’s relationship to the head of household' },
      consentMethod: { label: 'How do the head of household and the owner of the home give consent?', hint: 'Consent through VNeID needs no paper.' },
      permanentAddress: { label: 'Place of permanent residence applied for' },
      livesAtPermanentAddress: { label: 'Does the child live at this address now?' },
      currentAddress: { label: 'The child’s current place of living', hint: 'Where the child actually lives.' },
    },
    oneOfMarker: { birthProof: '(any one of the first three documents is enough)' },
    documents: {
      birthCertificate: {
        label: 'Medical birth certificate (giấy chứng sinh)',
        hint: 'Issued by the hospital or health facility where the child was born. Without it, attach a witness’s confirmation or a written undertaking below.',
      },
      witnessConfirmation: { label: 'A witness’s written confirmation of the birth', hint: 'Only when there is no medical birth certificate.' },
      birthUndertaking: { label: 'Written undertaking about the birth', hint: 'Only when there is neither a medical birth certificate nor a witness.' },
      abandonmentRecord: { label: 'Record of the abandoned child', hint: 'Made by the People’s Committee or the police where the child was found.' },
      authorisation: {
        label: 'Authorisation letter',
        hint: 'A parent authorises you to apply. It needs no certification when you are the grandparent or sibling of the person authorising.',
      },
      proofOfResidence: {
        label: 'Proof of the lawful residence',
        hint: 'For example a land-use or house ownership certificate. Not needed when the national database already holds it.',
      },
      paperConsent: { label: 'Consent of the head of household and the owner of the home', hint: 'The signed paper CT01 form, or a letter of consent.' },
    },
    insurance: {
      cardGuardian: { label: 'Guardian shown on the card' },
      initialCareFacility: { label: 'Initial health-care facility', hint: 'For example, Thanh Xuân ward health station' },
      cardDelivery: { label: 'How do you want to receive the card?' },
      deliveryAddress: { label: 'Address for the card by post' },
      poorHouseholdCertificate: { label: 'Poor-household certificate number', hint: 'Only if the family is a registered poor household.' },
      poorHouseholdCertificateDate: { label: 'Date the poor-household certificate was issued' },
    },
    option: {
      registrationKind: {
        domestic: 'No foreign element',
        foreignBorderCommune: 'With a foreign element, in a border commune',
      },
      birthCase: {
        bothParentsKnown: 'Both the father and the mother are known',
        fatherUnknown: 'The father is not known',
        motherUnknown: 'The mother is not known',
        bothUnknown: 'Neither parent is known',
        abandoned: 'The child was abandoned',
      },
      declarantRelationship: {
        father: 'Father',
        mother: 'Mother',
        grandfather: 'Grandfather',
        grandmother: 'Grandmother',
        guardian: 'Guardian',
        otherRelative: 'Another relative',
      },
      birthPlaceKind: { healthFacility: 'At a hospital, health station or other health facility', elsewhere: 'Somewhere else (at home, on the way…)' },
      residenceCase: {
        parentsOwnHome: 'In the parents’ own home (a parent owns it)',
        withParents: 'With the parents, who do not own the home',
        withGuardian: 'With a guardian',
        withRelative: 'With another relative',
      },
      headOfHousehold: { father: 'The child’s father', mother: 'The child’s mother', other: 'Someone else' },
      relationToHead: { child: 'Child', grandchild: 'Grandchild', ward: 'Ward', other: 'Other relationship' },
      consentMethod: { vneid: 'Confirm in the VNeID app', paper: 'Sign on paper (paper CT01 form)' },
      cardGuardian: { mother: 'Mother', father: 'Father', declarant: 'The person applying' },
      cardDelivery: {
        post: 'By post, to an address I choose',
        commune: 'At the People’s Committee that registers the birth',
        socialInsuranceOffice: 'At the Social Insurance office',
        electronicOnly: 'Electronic card only (in VNeID)',
      },
    },
  },
  error: {
    birth: {
      oneOf: {
        birthProof: 'Attach the medical birth certificate, or a witness’s confirmation, or a written undertaking about the birth.',
      },
      childTooOld: 'This interconnected bundle is for children under 6. Please check the date of birth.',
      parentBornAfterChild: 'A parent’s year of birth must be before the child’s.',
      headNotKnownParent: 'The application has no details of this person. Choose someone else or correct the parents’ part.',
      guardianNotKnownParent: 'The application has no details of this person. Choose someone else or correct the parents’ part.',
      copies: 'The number of copies is one digit from 1 to 9.',
    },
  },
};
