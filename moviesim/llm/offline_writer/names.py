"""Name pools for casting: wide enough that six characters rarely share an initial."""

FIRST_NAMES = [
    "Mara", "Leo", "Nadia", "Theo", "Ines", "Jonah", "Priya", "Felix", "Ada", "Silas", "Yara", "Elliot",
    "Noor", "Caspian", "Greta", "Tobias", "Amara", "Rafael", "Lena", "Desmond", "Saoirse", "Kenji",
    "Beatrix", "Omar", "Vera", "Julian", "Esme", "Dmitri", "Hana", "Marcus", "Celeste", "Idris", "Margot",
    "Mateo", "Freya", "Anton", "Zadie", "Callum", "Odette", "Ravi", "Imogen", "Hugo", "Talia", "Bastian",
    "Wren", "Kofi", "Sabine", "Ezra", "Lucia", "Declan", "Ingrid", "Tariq", "Rosalind", "Nico", "Delphine",
    "August", "Mei", "Gideon", "Farah", "Otto", "Juno", "Lorcan", "Aurelie", "Samir", "Harriet", "Emil",
    "Paloma", "Quentin", "Anouk", "Bram", "Cordelia", "Dario", "Elodie", "Fintan", "Giulia", "Hector",
    "Ilse", "Jasper", "Kalinda", "Laszlo", "Mirela", "Nikolai", "Ottilie", "Perpetua", "Rhys", "Soren",
    "Tamsin", "Ulrich", "Valentina", "Wolfgang", "Ximena", "Yusuf", "Zofia", "Bianca", "Cyrus", "Dagny",
    "Emeka", "Flora", "Gustav", "Halima", "Ivo", "Jessamy", "Kasimir", "Lorna", "Magnus", "Nell", "Orla",
    "Pascal", "Rosa", "Stellan", "Thandiwe", "Vikram", "Winifred", "Alba", "Benedikt", "Coralie", "Daku",
    "Eun-ji", "Fenna", "Goran",
]

SURNAMES = [
    "Quist", "Okafor", "Varga", "Lindqvist", "Moreau", "Ashdown", "Castellanos", "Brandt", "Halloran",
    "Nakamura", "Petrov", "Adeyemi", "Whitcombe", "Rosales", "Kowalczyk", "Sørensen", "Delacroix", "Mbeki",
    "Fairweather", "Iqbal", "Thorne", "Vasquez", "Kerrigan", "Albescu", "Marchetti", "Oyelaran",
    "Hargreaves", "Novak", "Takeda", "Galloway", "Beaumont", "Ferreira", "Lachance", "Mendelsohn",
    "Ostrowski", "Pemberton", "Rahimi", "Strand", "Underhill", "Voss", "Wexley", "Yilmaz", "Zhou",
    "Achterberg", "Blackwood", "Corrigan", "Drummond", "Esposito", "Falk", "Grimaldi", "Holmqvist",
    "Ivanova", "Jurado", "Kastellan", "Larkspur", "Mulvaney", "Nightingale", "Orsini", "Prideaux",
    "Ravenscroft", "Sandoval", "Tiernan", "Uchenna", "Valdez", "Wainwright", "Ximenez", "Yoshida", "Zeller",
    "Abernathy", "Bellweather", "Calloway", "Dunmore", "Everly", "Fontaine", "Greaves", "Hollis", "Ingram",
    "Jessop", "Kincaid", "Lomax", "Merriman", "Navarro", "Ochoa", "Pryce", "Quill", "Rutherford", "Stavros",
    "Tollemache", "Vance", "Winterbourne", "Aldana", "Bergström", "Chaudhry", "Dufresne", "Eberhardt",
    "Fitzroy", "Gallagher", "Haddad", "Ilunga", "Jovanović",
]
