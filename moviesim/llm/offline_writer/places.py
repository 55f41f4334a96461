"""Setting packs: when the seed names a kind of place, the cast, rooms and props follow it.

Each pack: keywords (word stems found in the seed), roles, locations (scene headings),
props (concrete nouns characters can handle and talk about) and the group they form.
"""

import re

PACKS: dict[str, dict[str, list[str] | str]] = {
    "tech": {
        "keywords": ["company", "startup", "tech", "office", "software", "server", "silicon", "launch",
                     "corporat", "firm", "ceo", "coder", "hacker"],
        "roles": ["founder and CEO", "head of engineering", "junior QA tester", "PR director",
        "venture capitalist",
                  "night-shift sysadmin", "product manager", "security contractor",
                  "chief financial officer"],
        "locations": ["Launch war room", "Server room", "Glass-walled boardroom", "Rooftop terrace",
                      "Underground parking garage", "Open-plan office", "CEO's corner office", "Break room"],
        "props": ["keycard", "server logs", "launch deck", "CCTV drive", "encrypted drive", "laptop",
                  "access badge", "prototype"],
        "group": "the launch team",
    },
    "hospital": {
        "keywords": ["hospital", "clinic", "nurse", "doctor", "surgeon", "patient", "asylum"],
        "roles": ["chief surgeon", "night nurse", "hospital administrator", "first-year resident", "orderly",
                  "pharmaceutical rep", "anaesthetist", "patient's next of kin"],
        "locations": ["Nurses' station", "Operating theatre", "Hospital chapel", "Pharmacy cage",
                      "Records basement", "Rooftop helipad", "Long-term ward"],
        "props": ["patient chart", "morphine vial", "pager", "pharmacy key", "X-ray", "consent form"],
        "group": "the night staff",
    },
    "space": {
        "keywords": ["space", "ship", "station", "planet", "colony", "orbit", "starship", "asteroid", "mars",
                     "moon", "galaxy", "alien", "spaceship", "nave", "espace", "weltraum"],
        "roles": ["captain", "chief engineer", "pilot", "ship's medic", "AI liaison", "cargo master",
                  "corporate auditor", "stowaway mechanic", "xenobiologist"],
        "locations": ["Bridge", "Engine bay", "Airlock B", "Hydroponics bay", "Mess hall", "Observation deck",
                      "Cryo-sleep vault", "Maintenance crawlway"],
        "props": ["access codes", "oxygen readings", "black box", "navigation chart", "comm log",
                  "cryo pod", "override key", "distress beacon"],
        "group": "the crew",
    },
    "manor": {
        "keywords": ["manor", "mansion", "estate", "country house", "castle", "chateau", "villa",
        "inheritance"],
        "roles": ["heir to the estate", "family solicitor", "housekeeper", "estranged youngest child",
                  "visiting physician", "groundskeeper", "new spouse", "family friend"],
        "locations": ["Library", "Drawing room", "Wine cellar", "Conservatory", "Servants' stairs",
                      "Master bedroom", "Gravel drive", "Family chapel"],
        "props": ["last will", "decanter", "pocket watch", "letter opener", "locked diary",
        "family portrait"],
        "group": "the family",
    },
    "hotel": {
        "keywords": ["hotel", "motel", "resort", "lodge", "hostel", "b&b"],
        "roles": ["night manager", "concierge", "guest in room 12", "room attendant", "hotel owner",
        "bartender",
                  "travelling salesman", "honeymooner"],
        "locations": ["Hotel lobby", "Room 12", "Hotel bar", "Service elevator", "Laundry room",
        "Roof garden",
                      "Kitchen pass"],
        "props": ["master key", "guest register", "room service tray", "luggage tag", "brass bell",
        "cufflink"],
        "group": "the guests",
    },
    "school": {
        "keywords": ["school", "university", "college", "academy", "campus", "student", "teacher",
        "professor"],
        "roles": ["headteacher", "star student", "chemistry teacher", "school counsellor", "caretaker",
                  "exchange student", "dean of admissions", "groundsman"],
        "locations": ["Chemistry lab", "Headteacher's office", "Gymnasium", "Library stacks", "Bell tower",
                      "Staff room", "Boathouse"],
        "props": ["exam papers", "yearbook", "lab key", "detention slip", "trophy", "transcript"],
        "group": "the school",
    },
    "theatre": {
        "keywords": ["theatre", "theater", "film", "movie set", "studio", "concert", "opera", "stage",
                     "actor", "actress", "musician"],
        "roles": ["leading actor", "stage manager", "director", "understudy", "producer", "lighting designer",
                  "theatre critic", "costume designer"],
        "locations": ["Backstage", "Dressing room", "Lighting rig", "Orchestra pit", "Stage door alley",
                      "Green room", "Empty auditorium"],
        "props": ["script", "prop revolver", "opening-night flowers", "contract", "dressing-room key",
        "mask"],
        "group": "the company",
    },
    "restaurant": {
        "keywords": ["restaurant", "kitchen", "chef", "cafe", "café", "bakery", "diner", "bistro", "food"],
        "roles": ["head chef", "sous-chef", "maître d'", "food critic", "dishwasher", "restaurant owner",
                  "pastry chef", "sommelier"],
        "locations": ["Kitchen line", "Walk-in freezer", "Dining room", "Wine cellar", "Back alley",
                      "Owner's office"],
        "props": ["chef's knife", "reservation book", "secret recipe", "health inspection report",
        "order ticket",
                  "truffle"],
        "group": "the kitchen",
    },
    "transit": {
        "keywords": ["train", "plane", "flight", "airport", "cruise", "ferry", "express", "railway", "bus",
                     "voyage"],
        "roles": ["conductor", "passenger in first class", "flight attendant", "retired colonel",
                  "honeymooner", "travelling missionary", "dining car waiter", "ship's purser"],
        "locations": ["Dining car", "Sleeper compartment", "Luggage car", "Observation platform", "Galley",
                      "Captain's cabin", "Upper deck"],
        "props": ["ticket", "timetable", "locked suitcase", "passport", "sleeping pills", "telegram"],
        "group": "the passengers",
    },
    "village": {
        "keywords": ["village", "town", "island", "lighthouse", "farm", "harbour", "harbor", "coast",
        "valley",
                     "fishing", "parish"],
        "roles": ["village doctor", "lighthouse keeper", "pub landlord", "parish priest", "mayor",
                  "retired schoolteacher", "ferryman", "newcomer from the city"],
        "locations": ["The Anchor pub", "Harbour wall", "Lighthouse lamp room", "Village hall", "Churchyard",
                      "Ferry landing", "Post office"],
        "props": ["lantern", "ferry timetable", "parish register", "fishing knife", "postcard",
        "oilskin coat"],
        "group": "the village",
    },
    "court": {
        "keywords": ["kingdom", "king", "queen", "court", "palace", "throne", "prince", "princess", "empire",
                     "duke", "realm"],
        "roles": ["regent", "royal spymaster", "captain of the guard", "court alchemist", "exiled heir",
                  "royal confidant", "court jester", "ambassador from the south"],
        "locations": ["Throne room", "Palace kitchens", "Royal archive", "Battlements", "Chapel crypt",
                      "Queen's bedchamber", "Stable yard"],
        "props": ["royal seal", "poisoned chalice", "signet ring", "sealed letter", "crown",
        "map of the border"],
        "group": "the court",
    },
    "bank": {
        "keywords": ["bank", "casino", "museum", "vault", "gallery", "auction", "jewel", "diamond",
        "painting"],
        "roles": ["casino owner", "vault technician", "museum curator", "insurance investigator", "croupier",
                  "security chief", "art forger", "auctioneer"],
        "locations": ["Vault corridor", "Security office", "Casino floor", "Loading dock", "Auction hall",
                      "Ventilation shaft", "Penthouse suite"],
        "props": ["blueprints", "vault code", "thermal drill", "guard rota", "counterfeit chips", "diamond"],
        "group": "the crew",
    },
    "wedding": {
        "keywords": ["wedding", "bride", "groom", "engagement", "anniversary", "party", "birthday", "boda",
                     "mariage", "hochzeit"],
        "roles": ["one half of the engaged couple", "witness for the couple", "future in-law",
        "wedding planner",
                  "ex from college", "caterer", "officiant", "younger sibling of the couple"],
        "locations": ["Marquee", "Bridal suite", "Garden terrace", "Kitchen tent", "Car park", "Dance floor",
                      "Vestry"],
        "props": ["wedding rings", "seating plan", "speech cards", "champagne", "guest book", "veil"],
        "group": "the wedding party",
    },
    "family": {
        "keywords": ["funeral", "reunion", "family", "sibling", "father", "mother", "christmas", "holiday",
                     "homecoming", "brother", "sister", "parents", "grandmother", "grandfather"],
        "roles": ["eldest sibling", "youngest sibling", "family lawyer", "widowed parent",
        "black-sheep cousin",
                  "family doctor", "new partner", "neighbour who knows everything"],
        "locations": ["Kitchen", "Back garden", "Funeral parlour", "Attic", "Front steps", "Parents' bedroom",
                      "Car outside the church"],
        "props": ["urn", "eulogy", "photo album", "house keys", "last will", "sympathy cards"],
        "group": "the family",
    },
    "politics": {
        "keywords": ["newsroom", "newspaper", "campaign", "election", "embassy", "government", "senator",
                     "minister", "parliament", "president", "journalist", "agency", "cia", "mi6"],
        "roles": ["candidate", "campaign manager", "investigative reporter", "press secretary", "donor",
                  "junior speechwriter", "embassy attaché", "intelligence officer"],
        "locations": ["Campaign headquarters", "Newsroom", "Hotel ballroom", "Embassy garden", "Press room",
                      "Stairwell", "Back of a town car"],
        "props": ["leaked memo", "burner phone", "polling numbers", "press badge", "dossier", "recording"],
        "group": "the campaign",
    },
}


def match_pack(seed: str) -> str:
    """The best pack for a seed (most keyword hits, first listed wins ties), or ''."""
    low = seed.lower()
    best, best_score = "", 0
    for name, pack in PACKS.items():
        score = sum(1 for kw in pack["keywords"] if re.search(r"(?<!\w)" + re.escape(kw) + r"\w{0,4}(?!\w)",
                                     low))
        if score > best_score:
            best, best_score = name, score
    return best


def all_props() -> list[str]:
    return [p for pack in PACKS.values() for p in pack["props"]]
