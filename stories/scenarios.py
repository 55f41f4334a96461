"""Starter seeds for the new-story page: each a title, a one-line pitch, and the seed itself,
written the way a showrunner pitches: a place, the people, what is at stake tonight, and the
thing somebody is hiding. `offline_genre` is the offline writer's genre the seed reads as."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Scenario:
    slug: str
    title: str
    genre: str
    pitch: str
    seed: str
    offline_genre: str


SCENARIOS: tuple[Scenario, ...] = (
    Scenario(
        slug="murder-mystery",
        title="Death at the Harvest Auction",
        genre="Murder mystery",
        pitch="A vineyard patriarch dies in his own cellar the night before the auction; five people had a key.",
        seed=(
            "A murder mystery at a family vineyard the night before its harvest auction. The patriarch is found "
            "dead in the fermentation cellar with a glass of his own reserve in his hand. Five people had a key "
            "to the cellar: his second wife, his son just back from rehab, the winemaker he was about to fire, "
            "the auctioneer who owes him money, and the neighbour who wants the land. The river has flooded the "
            "only road until morning. Whoever proves who poured that glass decides whether the estate goes to "
            "the killer."
        ),
        offline_genre="mystery",
    ),
    Scenario(
        slug="romantic-comedy",
        title="Two Planners, One Wedding",
        genre="Romantic comedy",
        pitch="Rival wedding planners booked by mistake for the same island wedding fake a truce and fall in love.",
        seed=(
            "A romantic comedy on a Greek island. Two rival wedding planners are hired by mistake for the same "
            "wedding, and neither will give up the commission. She plans weddings like military campaigns; he "
            "improvises everything and is annoyingly always right. Over one chaotic week (a missing ring, a goat "
            "at the altar, a bride with cold feet) they have to fake a truce in front of both families and keep "
            "forgetting that they are supposed to hate each other. He has not told her that he was once engaged "
            "to the bride's sister, and the love letters he wrote her are about to be read aloud at the "
            "rehearsal dinner."
        ),
        offline_genre="romance",
    ),
    Scenario(
        slug="heist",
        title="Eleven Minutes in Geneva",
        genre="Heist",
        pitch="Misfits get eleven minutes of blackout to rob a freeport vault, and one has already sold them out.",
        seed=(
            "A heist at the Geneva Freeport during a scheduled blackout drill. The crew: a retired safecracker, "
            "her ex-partner three days out of prison, a nervous insurance clerk with the floor plans, and a "
            "getaway driver who has never driven a getaway. They have eleven minutes while the backup generators "
            "resync to steal a painting that officially burned in 1944 from a vault that officially does not "
            "exist. One of them has already sold the crew to the buyer's rival, and the crate in the vault may "
            "not hold the painting they came for."
        ),
        offline_genre="heist",
    ),
    Scenario(
        slug="noir",
        title="Rain on Alvarado Street",
        genre="Noir",
        pitch="Los Angeles, 1947: a suspended detective, a lying torch singer, and a body nobody wants found.",
        seed=(
            "Film noir. Los Angeles, 1947, the ninth straight day of rain. A private detective with a suspended "
            "licence is hired by a torch singer at the Blue Orchid club to find her missing brother, a piano "
            "player who saw something at a city councilman's party. Every door the detective knocks on was "
            "opened the day before by a cop who had no business being there. The singer is lying about who the "
            "brother really is, the detective's old partner is on the councilman's payroll, and there is a body "
            "in the storm drain under Alvarado Street that everybody is pretending not to see. Murder is the "
            "easy part; proving it will cost somebody everything."
        ),
        offline_genre="mystery",
    ),
    Scenario(
        slug="scifi-survival",
        title="Thirty Hours of Air",
        genre="Sci-fi survival",
        pitch="A crippled station over Europa, an AI that won't open the escape pod, and room in it for three of five.",
        seed=(
            "Sci-fi survival aboard a research station in orbit around Europa. A solar storm has killed "
            "communications, the hull is venting, and the station AI has locked the crew of five out of the "
            "only escape pod until it completes an assessment. There is air for thirty hours and room in the pod "
            "for three. The commander hid a heart condition to get this posting, the engineer thinks the AI is "
            "right to choose, the biologist has found something alive in the ice samples and will not leave it, "
            "and the youngest crew member is the one who disabled the storm warning."
        ),
        offline_genre="sci-fi",
    ),
    Scenario(
        slug="fantasy-quest",
        title="The Salt Crown",
        genre="Fantasy quest",
        pitch="Four unlikely companions race to a drowned city for the crown that decides who rules the kingdom.",
        seed=(
            "A fantasy quest. The old queen is dying, and by the law of the kingdom the throne goes to whoever "
            "brings the Salt Crown back from the drowned city under the marshes before the new moon. Four "
            "unlikely companions set out together: a disgraced knight, a witch who sold her true name, the "
            "queen's unacknowledged daughter disguised as a page, and a smuggler who has been to the drowned "
            "city once and never speaks of it. At every crossing the marsh spirits demand a truth from each "
            "traveller, and one of the four has been promised the throne by the dragon who stole the crown in "
            "the first place."
        ),
        offline_genre="fantasy",
    ),
    Scenario(
        slug="haunted-lighthouse",
        title="The Keeper's Log",
        genre="Horror",
        pitch="Storm-bound relief keepers find the last keeper's log still being written, in his handwriting.",
        seed=(
            "A horror story in a haunted lighthouse on a rock off the Hebrides. Three relief keepers and a "
            "young ornithologist are stranded by a November storm. The previous keeper vanished a month ago, but "
            "his log is still being filled in every night, in his handwriting, describing what the four of them "
            "did that day and what they will do tomorrow. The lamp keeps going out at 3:12 a.m. One of the "
            "keepers knew the missing man far better than he admits, and the ornithologist did not come for "
            "the birds."
        ),
        offline_genre="horror",
    ),
    Scenario(
        slug="spy-thriller",
        title="Night Train to Venice",
        genre="Spy thriller",
        pitch="A whistleblower, a hard drive, and four strangers in a sleeper car: one of them is the assassin.",
        seed=(
            "A spy thriller aboard the night train from Vienna to Venice. A whistleblower carries a hard drive "
            "that proves a defence minister sold missile codes, and has twelve hours to reach a journalist "
            "waiting at Santa Lucia station. Sharing the sleeper car: a retired intelligence officer who "
            "recognises her, a honeymooning couple who never touch, and a conductor who keeps checking the "
            "same compartment. The border police board at Tarvisio at 2 a.m. One of the passengers is an "
            "assassin, and the whistleblower has not told anyone that the drive is a decoy."
        ),
        offline_genre="thriller",
    ),
)


def by_slug(slug: str) -> Scenario | None:
    return next((s for s in SCENARIOS if s.slug == slug), None)
