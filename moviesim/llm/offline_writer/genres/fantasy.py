"""Fantasy: crowns, oaths and old magic with a bill that always comes due."""

GENRE = {
    "label": "Fantasy",
    "keywords": ["dragon", "wizard", "witch", "kingdom", "magic", "sorcer", "elf", "elves", "dwarf", "quest",
                 "sword", "prophecy", "throne", "enchant", "spell", "knight", "fairy", "realm", "dragón",
                 "mago", "sorcier", "zauber", "drache"],
    "weak_keywords": [],
    "tones": ["Grand, earthy and bittersweet", "Mythic, with a sharp sense of humour",
              "Dark fairy tale, told straight", "Firelit and uncanny"],
    "themes": ["power and its cost", "oaths and betrayal", "destiny versus choice", "home", "the price of magic",
               "true names", "inheritance", "faith"],
    "moods": ["ominous", "solemn", "wild", "hushed", "feverish", "enchanted", "mournful", "stormy"],
    "speaking_styles": [
        "formal and old-fashioned, never uses a contraction",
        "speaks in proverbs, half of them invented on the spot",
        "blunt soldier's talk, no patience for riddles",
        "sly and riddling, answers questions with little stories",
        "courtly and cold, every word weighed before it's spent",
        "mutters charms under the breath between sentences",
        "cheerful and earthy, swears by saints nobody has heard of",
        "hushed and careful, as if something might overhear",
        "grand and theatrical, as if addressing a packed hall",
        "young and eager, asks one question too many",
    ],
    "titles": [
        "The Crown of the {Setting}", "Shadows over the {Setting}", "The Oath of the {Setting}", "A Crown of Ash",
        "The Last Spell", "The Dragon's Due", "The {Prop} and the Moon", "Ember and Oath",
        "The Witch of the {Place}", "Seven Nights of Frost", "{absent}'s Curse", "The Unkept Oath",
        "Bones of the {Setting}", "The Price of the {Prop}", "Under the Hill",
    ],
    "loglines": [
        "When {absent} dies {where} with an oath unfinished, {hero} must hold {group} together long enough to "
        "break the curse it left behind.",
        "{hero} has three nights {where} to find the stolen {prop} before the old magic chooses a new master, "
        "and {rival} means to be chosen.",
        "A prophecy names one of {group} as the realm's undoing, and {hero} is beginning to suspect it means "
        "{ally}.",
        "{hero} swore an oath to {absent}; {rival} swore another, and {where} only one of them can be kept.",
        "Sent {where} to guard the {prop}, {hero} discovers the thing it seals is awake, and talking to {ally}.",
        "The wards {where} fail on midsummer night, and {hero} must learn which of {group} unpicked them.",
        "{hero}, a witch without a coven, and {rival}, a knight without a lord, must carry the {prop} through "
        "one night of the Wild Hunt.",
        "{ally} bargained with the fair folk to save {absent}, and {where} the price falls due on {hero}.",
    ],
    "questions": [
        "Who among {group} broke the oath, and what will the magic take in return?",
        "Whom does the prophecy truly name?",
        "Can {hero} break the curse on the {prop} before the moon is full?",
        "Who let the old thing out of the {place}, and why?",
        "Is {rival} the traitor, or the only one still keeping faith?",
        "What did {absent} trade to the fair folk, and who must pay it now?",
        "Will {hero} take up the power, knowing its price?",
        "Who stole the {prop}, and whose hand is it meant for?",
    ],
    "truths": [
        "{culprit} broke the oath: {secret_they}, and the magic remembers.",
        "The prophecy named {culprit} all along; {secret_they}.",
        "{culprit} opened the wards from inside, because {secret_they}.",
        "It was {culprit}. {secret_they}, and {absent} died keeping the secret.",
        "{culprit} bargained with the old powers, and everyone else is paying: {secret_they}.",
        "{culprit} stole the {prop} to save one life and doomed many: {secret_they}.",
        "The curse is {culprit}'s doing. {secret_they}, and no wishing can undo it.",
        "{culprit} sold {absent} to the dark for a crown: {secret_they}.",
    ],
    "resolutions": [
        "The {prop} blazes in {culprit}'s hands and will not be let go: {secret_they}, and the magic says it "
        "aloud.",
        "{hero} speaks {culprit}'s true name, and the lie falls away: {secret_they}.",
        "The oath-stone cracks as {culprit} swears innocence; {secret_they}.",
        "At moonrise the curse finds its maker. {culprit} kneels and tells it all: {secret_they}.",
        "{culprit} runs for the {place}, but the wards close behind, and the old magic keeps its own.",
        "{rival} and {hero} stand together at last, and {culprit} stands alone: {secret_they}.",
        "The fair folk come to collect, and it is {culprit} they bow to: {secret_they}.",
        "The candle flames in the {place} lean toward {culprit}, and {culprit} stops denying it: {secret_they}.",
    ],
    "options": [
        "{hero} reads the runes on the {prop}",
        "{ally} makes a bargain with the fair folk",
        "{rival} claims the {prop} by right of blood",
        "The wards are tested at midnight",
        "{hero} goes down into the {place} alone",
        "{ally} swears an oath before everyone",
        "Someone breaks the seal on the {prop}",
        "{hero} asks the witch for the truth",
        "{rival} demands trial by combat",
        "The fellowship flees the {setting} before moonrise",
    ],
    "secrets": [
        "Broke the seal on the {prop} at {time}",
        "Is the child the prophecy speaks of",
        "Sold {absent}'s true name to the witch-hunters",
        "Swore a blood oath to the enemy of {group}",
        "Stole the {prop} and hid it beneath the {place}",
        "Has been losing control of the magic for a month",
        "Was {absent}'s secret heir",
        "Poisoned {absent}'s cup, but not enough",
        "Made a bargain with the fair folk at midsummer",
        "Knows the true name of the thing in the {place}",
        "Let the wards fall at {time} and watched",
        "Has worn a glamour for years; nobody here has seen the face beneath it",
        "Forged the prophecy that started the war",
        "Burned the only copy of {absent}'s spellbook",
        "Traded a year of life for the power to heal",
        "Is bound to serve whoever holds the {prop}",
        "Left {absent} to the wolves on the north road",
        "Kept a lock of {absent}'s hair for a spell",
        "Has heard the old king's voice in dreams every night, giving orders",
        "Cursed {absent} in anger and could never lift it",
        "Took the oath under a false name",
        "Was born under the red moon and hid the mark",
        "Pays a tithe every full moon to something under the hill",
        "Lost the family sword at dice and forged a copy",
        "Sent the raven that summoned the Hunt",
        "Met {absent} at the crossroads at {time}, after the burial",
    ],
    "motivations": [
        "break the curse before the moon is full",
        "reclaim what was taken from my house",
        "keep the old magic sealed",
        "avenge {absent}",
        "prove I am worthy of the {prop}",
        "keep the prophecy from coming true",
        "earn back my name",
        "learn the spell {absent} took to the grave",
        "slip free of an oath I never meant",
        "see the rightful heir crowned",
        "wake the sleeping power under the {place}",
        "pay the debt before the fair folk collect",
        "protect the last of the old blood",
        "be remembered in the songs",
    ],
    "goals": [
        "translate the runes on the {prop}",
        "win the council's vote by {time}",
        "keep the wards lit until dawn",
        "find the hidden door in the {place}",
        "hide the mark on my wrist",
        "learn the true name of the thing in the {place2}",
        "get the {prop} across the border",
        "make the witch lift the curse",
        "bind a liar with an oath",
        "find out who opened the seal",
        "keep {absent}'s ghost from speaking",
        "trade a secret for safe passage",
    ],
    "fears": [
        "the prophecy coming true",
        "the dark under the hill",
        "being powerless again",
        "my own magic",
        "dying forgotten",
        "fire",
        "breaking an oath without knowing it",
        "the bells at midnight",
        "being seen without the glamour",
        "what the {prop} wants",
        "the fair folk collecting",
        "the {place} after moonrise",
    ],
    "confessions": [
        "Let the {runes|stones|old gods} bear witness, then. {secret_i}.",
        "{secret_i}. May the {old gods|saints|gods below} forgive me, {because you won't|for you never will|since "
        "you won't}.",
        "I {can't lie|cannot lie|can't keep lying} with the {prop} {this close|so near|in the room}. {secret_i}.",
        "Hear me, {addr}, and {remember it|mark it well|remember this}: {secret_i}.",
        "There. The oath is {broken anyway|broken regardless|already broken}. {secret_i}.",
        "You'd have {learned it|heard it|had it} from the {ravens|crows|birds} {soon enough|before long|by morning}. "
        "{secret_i}.",
        "On my {mother's grave|father's sword|mother's bones}, {addr}: {secret_i}.",
        "I have {carried this|borne this|kept this} since the {last full moon|last moon|harvest moon}. {secret_i}.",
        "The magic {won't let me|will not let me} {keep it|hold it in|keep it hidden}. {secret_i}.",
        "Strike me if {you must|you like|you will}, {other}. {secret_i}.",
        "Before the {candles burn down|candles gutter|last candle dies}: {secret_i}.",
        "I swore {silence|to keep quiet|silence once}, and {silence has cost too much|it has cost too much|that oath "
        "has cost enough}. {secret_i}.",
        "My tongue {burns to say it|burns with it|won't be still}. {secret_i}, {addr}.",
        "Let the {bards|minstrels|harpers} make {a song|a ballad|a lay} of it: {secret_i}.",
    ],
    "gestures": [
        "{name} draws a dagger {an inch|a thumb's width|halfway} from its sheath.",
        "{name} traces a {rune|sigil|glyph} in the air; it {lingers, faintly glowing|hangs there, glowing "
        "faintly|glows a moment, then fades}.",
        "{name} kneels by the {hearth|fire|embers} and {warms both hands|holds out both hands|warms stiff fingers}.",
        "{name} lifts the {prop}, and {every flame|each candle flame|the firelight} {leans toward it|bends toward "
        "it|leans its way}.",
        "{name} presses a thumb to {an iron ring|a ring of cold iron|an iron band} and {winces|flinches|hisses}.",
        "{name} scatters a {pinch|handful|fistful} of salt {across the threshold|along the doorway|over the "
        "threshold}.",
        "{name} makes the {old sign|sign} against evil, {quick and small|small and quick|hidden at the hip}.",
        "{name} kisses the hilt of {a sword|a blade|the sword} and {sets it down|lays it aside|lays it down}.",
        "{name} {whispers|murmurs|mutters} to the raven {on one shoulder|perched on one shoulder}.",
        "{name} pulls a hood {low|down} against the {draught|cold|wind}.",
        "{name} touches {addr}'s {brow|forehead|temple} with two cold fingers.",
        "{name} spits into the {fire|flames|hearth}; it hisses {green|green and sour|blue}.",
        "{name} turns a ring {around and around|round and round|on one finger}, {counting|counting under the "
        "breath|counting silently}.",
        "{name} binds {a strip of red thread|a red thread|a length of red thread} around {addr}'s wrist.",
        "{name} sniffs the air {like a hound|like a wolf|like a dog on a scent} and {frowns|scowls|goes still}.",
        "{name} unrolls a map and {weighs its corners|pins its corners|weights the corners} with "
        "{candlesticks|daggers|stones}.",
        "{name} bows, {a fraction too low|a touch too deep|a shade too low} to be sincere.",
        "{name} crushes a sprig of {rosemary|sage|rue} and {breathes it in|inhales it|breathes deep}.",
        "{name} {rests|lays|flattens} a palm on the {cold stone|cold wall|old stones} of the {place}.",
        "{name} tips {wine|ale|mead} onto the floor: {an offering, or an insult|a libation, or a slight|a gift to "
        "the dead, or a jibe}.",
        "{name} closes {both eyes|both eyes tight|both eyes a moment} and {mutters a counting charm|mutters a "
        "charm|counts under the breath}.",
        "{name} hides the {prop} {beneath a fold of cloak|under a fold of cloak|inside a cloak}.",
        "{name} strikes flint over {a candle|the candle|a wick}; it {won't catch|refuses to catch|will not light}.",
        "{name} reads the {ash|ashes|cinders} in the bowl, {lips pressed thin|lips tight|mouth set hard}.",
        "{name} offers {addr} a hand, palm up, {the old way|in the old manner|as the old law asks}.",
        "{name} rubs at {a mark|the mark|a pale mark} on one wrist {until it reddens|till it goes red|until the skin "
        "burns}.",
        "{name} leans on a {staff|stick|tall staff} carved with {faces|little faces|runes and faces}.",
        "{name} pours {water|well water|rainwater} into a bowl and {stares into it|gazes into it|stares down into it}.",
        "{name} sheathes the blade with {a sharp, final click|a hard click|one final click}.",
        "{name} tosses {a bone die|a knucklebone|a carved bone} and reads {how it lands|the way it falls|which face "
        "shows}.",
        "{name} snatches the {prop} back from {other}.",
        "{name} hums a {lullaby|cradle song|slow tune} in a {language|tongue} nobody else {knows|speaks|remembers}.",
        "{name} chalks a {circle|ring} on the floor {around one chair|round a single chair|about one chair}.",
        "{name} lays a {silver coin|silver penny|coin} down, {for luck or for the dead|for the dead, or for luck|as "
        "a gift to the dead}.",
        "{name} grips {addr}'s forearm in {the warrior's clasp|a soldier's grip|the old clasp of arms}.",
        "{name} murmurs a name into {cupped hands|both cupped hands|closed palms} and {lets it go|lets it fly|opens "
        "them}.",
        "{name} tilts the {prop} toward the {moonlight|candlelight|firelight}, {searching|looking for "
        "something|squinting}.",
        "{name} burns {a single hair|one hair|a lone hair} in the {candle flame|candle|flame}.",
        "{name} glances at {other}'s shadow, not at {other}.",
        "{name} stamps {three times|thrice} on the {floor|flagstones|boards}, {hard|hard and slow|heavily}.",
        "{name} ties a knot in {a length of cord|a cord|a strip of leather} and {pockets it|tucks it away|hides it "
        "in a sleeve}.",
        "{name} drinks deep from {a horn|a drinking horn|a cup} and {passes it to|hands it to|holds it out to} {addr}.",
    ],
    "narration": [
        "The torches bend all at once, as if something passed.",
        "Far below, something vast turns over in its sleep.",
        "A raven lands on the sill and watches.",
        "The {prop} hums, barely audible, like a held note.",
        "Snow begins to fall, though it is high summer.",
        "A bell tolls once, with no hand to ring it.",
        "The wind carries singing from the hills, too far off to make out.",
        "Shadows on the wall move a breath behind the people casting them.",
        "Frost creeps over the {place} in the shape of a hand.",
        "The hearth fire burns blue for a moment, then gold again.",
        "Somewhere, a door that has been shut for a hundred years creaks.",
        "The smell of wet earth and iron fills the {place}.",
        "Outside, hooves pass at a gallop, and no rider calls out.",
        "An owl calls three times. The old folk say that means a lie.",
        "The moon slides free of the clouds, and the {place} turns silver.",
        "Dust sifts from the rafters, as if the building sighed.",
        "The runes on the lintel glow faintly, then fade.",
        "Somewhere a clock strikes {time}, the hour the old tales warn about.",
        "Every dog in the valley howls at once, then stops.",
        "A moth beats at the candle, again and again.",
        "The stones of the {place} are warm, as if something breathes beneath them.",
    ],
    "events": [
        "A messenger staggers in, mud to the waist: the border has fallen.",
        "A roar shakes dust from the rafters, close enough to feel in the teeth.",
        "The {prop} cracks down the middle, and light pours out.",
        "{absent}'s ghost walks through the {place} and points at one of them.",
        "Witch-hunters hammer on the gates, demanding a name.",
        "Every candle in the {place} goes out at once.",
        "The wards flare and fail; cold air pours in from the {place2}.",
        "A stranger in grey arrives, asking for what {absent} promised.",
        "The oath-scroll bursts into flame on its own.",
        "A wolf pads into the {place}, sits, and waits as if summoned.",
        "The moon turns red at {time}, exactly as the prophecy said.",
        "A child's voice sings from inside the sealed {place2}.",
        "The {prop} rises an inch off the table and swings round toward the door.",
        "A black feather is found tucked into the {prop}: the fair folk have been here.",
        "Ice locks every door and window of the {place} in a single heartbeat.",
        "The river bell rings: the dead are crossing tonight.",
        "A raven drops a sealed letter on the table, addressed in {absent}'s hand.",
        "The ground splits in the {place2}, and warm light rises from the crack.",
        "The herald arrives: the coronation has been moved to dawn.",
        "A shadow with no owner crosses the wall and slips under the door.",
        "All the iron in the {place} begins to rust before their eyes.",
    ],
    "exits": [
        "{name} turns to smoke mid-sentence and drifts up the chimney.",
        "{name} storms out into the night, cloak snapping.",
        "{name} is dragged off by the witch-hunters, cursing them all.",
        "{name} clutches the {prop}, cries out, and falls senseless.",
        "{name} follows a light into the {place2} and is gone.",
        "{name} sinks into an enchanted sleep that nothing will break.",
        "{name} opens a mouth to speak, and no sound comes: the oath has taken the voice.",
        "{name} mounts up and rides for the border without a word.",
        "{name} steps into a ring of mushrooms and vanishes.",
        "{name} is led off in chains by order of the council.",
        "{name} bows once to the room and walks out into the frost.",
    ],
    "openings": [
        "Torchlight gutters over the {place}, across stones older than any king. It is {time}.",
        "Wind moans through the {place}; somewhere a shutter bangs and bangs. The {prop} lies on the "
        "table.",
        "The long table in the {place} is set for a feast, and no one is eating. The {prop} sits where the host "
        "should be.",
        "Smoke, wax and wet wool fill the {place}. A hound growls at the {prop} and will not stop.",
        "The {place} at {time}: candle stubs in every niche, and a circle of salt on the floor.",
        "Moonlight falls through a high window onto the {prop}. The rest of the {place} is shadow.",
        "Rain drums on the roof of the {place}. Someone has hung rowan over every door.",
        "The fire in the {place} has burned low and red. Runes scratched into the hearthstone catch the light.",
        "There is frost on the inside of the windows of the {place}. The {prop} is warm to the touch.",
        "It is {time}, the witching hour by the old count. In the {place}, nobody has dared to sleep.",
        "Bundles of dried herbs hang from the beams of the {place}. Beneath them, the {prop} lies wrapped in "
        "black cloth.",
        "The {place} smells of iron and crushed mint. Someone has pinned the realm's map flat with knives.",
        "Banners hang in the {place}, half of them hung backwards. The {prop} waits on a cushion of red "
        "velvet.",
        "Outside the {place}, the wind carries howling. Inside, a single candle burns before the {prop}.",
        "The {place} was blessed this morning; the holy water has already gone cloudy. It is {time}.",
        "A raven perches on the back of the empty chair in the {place}. On the table below it: the {prop}.",
        "Dawn is hours off. The {place} is lit by the glow of the {prop} alone.",
    ],
    "tactics": {
        "press": [
            "Whose {oath|vow|word} do you keep, {addr}? {Say it plainly|Plainly, now|Speak plainly}.",
            "What did the {runes|stones|bones} {show you|tell you|say to you} at {time}?",
            "Where {did you go|were you|did you slip off to} when the {moon rose|moon came up|bells rang}, {addr}?",
            "Who {taught you|gave you|told you} that word? It {isn't spoken here|is never spoken here|isn't said "
            "here}.",
            "And the {fair folk|Good Neighbours|folk under the hill}? What did they {take in return|ask in "
            "return|take for it}?",
            "Why won't you {touch|hold|lay a hand on} the {prop}? What's it {going to tell me|going to say|going to "
            "show me}?",
            "Did {absent} name you, {at the end|with the last breath|before the end}? {Did they|Well|Did they, now}?",
            "How long have you {known about|known of|hidden} the {mark|mark on your wrist|brand}?",
            "Swear it on the {prop}. {Go on, if it's true|If it's true, that costs you nothing|Go on, if you're "
            "honest}.",
            "What {walks|stirs|moves} in the {place} {at night|after dark|by night}, {addr}? {You know|You know "
            "what|You've seen it}.",
            "{Whose blood is that|Whose is the blood} on your {sleeve|cuff|cloak}?",
            "Why does the {raven|crow|black bird} {follow you|keep to you|trail after you} and {no one else|nobody "
            "else|never the rest of us}?",
            "{What is|What's} your true name, {addr}? Not the one {you wear|you wear here|you go by}.",
            "Who opened the {wards|seals|gates}? Look me in {the eye|the eyes} and {answer|answer me|say it}.",
        ],
        "accuse": [
            "You {broke|cracked|split} the seal on the {prop}. The {wax|red wax|seal-wax} is still {on your "
            "thumb|under your nails|on your fingers}.",
            "You {spoke with|went to|sat with} the witch {last night|at moonrise|after dark}, {addr}. The "
            "{dogs|hounds|crows} told me.",
            "You swore to {absent} and {sold them|sold them out|betrayed them} by {moonrise|nightfall|the next moon}.",
            "The prophecy has {your name|your name written|you} in it, and you {knew|knew it|always knew}.",
            "You let the {wards|warding|old wards} fall, {addr}. The cold came in {where you stood|right where you "
            "stood|at your very feet}.",
            "You {wear|go about in|hide behind} a glamour. I {can see|see|can make out} {the edges of it|where it "
            "frays|its seams}.",
            "You poisoned the {cup|wine|goblet}. {Wolfsbane|Nightshade} stains the {fingers|fingertips|skin}.",
            "The {prop} {burns my palm|burns my hand|scalds my palm} when you lie. It's {burning now|burning right "
            "now|hot now}.",
            "You bargained with the {thing under the hill|thing below the hill|hill's old tenant}, and it {wants "
            "paying|wants its due|means to be paid}.",
            "You cursed {absent}, {addr}. I heard you {say the words|speak the words|say it}.",
            "You {took|swore} the oath under {a borrowed name|a false name|another name}. That's why it {won't "
            "hold|won't bind|keeps slipping}.",
            "You let {other} walk into the {place} {knowing what waited|knowing full well what waited|and you knew "
            "what was there}.",
            "The raven is {yours|your bird|your creature}. It carried {the message|word|your letter} to the enemy.",
            "You're no {heir|true heir}, {addr}. The {bloodline|old line} ended with {absent}.",
        ],
        "deflect": [
            "Ask the {runes|ravens|stones}. They seem to know {everyone's business|everything|all our business}.",
            "You {speak of|lecture me on|talk of} oaths? Yours has {more holes than|as many holes as} {a net|a "
            "sieve|a moth-eaten cloak}, {addr}.",
            "The prophecy names {a dozen people|half the realm|anyone you like} if you read it {in the dark|by bad "
            "light|squinting}.",
            "Shouldn't we be {watching|guarding|minding} the {place}, not each other?",
            "{other} was out {at moonrise|under the moon|after dark} too. {Ask them|Go and ask them|Ask them, not me}.",
            "A witch's word is {cheap|cheap as straw|worth nothing}. Mine at least {costs something|has a "
            "price|costs me something}.",
            "If I'd broken the {seal|seals|wards}, would I still {have hands|have my hands|have fingers}?",
            "We've no time for {this|this now|quarrels}. Listen to the {wind|wind out there|bells}.",
            "Strange how you know {so much|a great deal|such a lot} about {curses|curse-work|hexes}, {addr}.",
            "I'll answer when the {council|high council|queen's council} asks. You're not the {council|high "
            "council|queen's council}.",
            "Accuse me {after dawn|at sunrise|in the morning}. If we live {to see it|that long|to see the morning}.",
            "{Look to|Mind|Watch} your own shadow, {addr}. It's been {behaving oddly|acting strangely|keeping odd "
            "hours}.",
            "The {prop} chooses {its own keepers|who keeps it|its keepers}. {Take it up|Argue it out|Have it out} "
            "with the {prop}.",
            "Every house here has {a curse|a curse or two|an old curse} in {its cellar|the cellar|the attic}. Mine's "
            "just {louder|noisier|louder than most}.",
        ],
        "bargain": [
            "Give me the {prop}, and I'll {lift|draw|take} the curse {from your line|off your house|from your blood}.",
            "A {secret|truth} for a {secret|truth}, {addr}. That's the {old law|oldest law|law of the hill}.",
            "Stand with me {before the council|at the council|when the council sits}, and the {northern "
            "lands|north|river lands} are yours.",
            "I'll teach you the {spell|charm|words}. You {teach me|show me} the way through the {place}.",
            "Swear {silence|to keep quiet|to say nothing}, and I'll {swear it back|swear the same|do likewise}. "
            "{Blood to blood|Blood for blood|Hand to hand}.",
            "One favour, owed, {any time you name it|whenever you call it in|on any day you choose}. That's my "
            "{offer|price|bargain}.",
            "Keep {other} {from|out of|away from} the {place} until {time}, and I'll owe you {a life|a life-debt|my "
            "life}.",
            "Tell me {the true name|its true name|the name}, and I'll never {speak yours|say yours aloud|breathe "
            "yours}.",
            "I'll carry the {prop} through the {pass|mountains|marsh}. You carry the blame {if we fail|if it goes "
            "wrong|should we fail}.",
            "Let me go {tonight|before dawn|at moonrise} and I'll bring back {what|whatever} {absent} lost.",
            "{Half my inheritance|Half my lands|My share of the inheritance} for one honest {answer|word|reply}.",
            "I know what the {fair folk|Good Neighbours|folk under the hill} want. For {a price|a fee|the right "
            "price}, so will you.",
            "{Break bread|Share bread|Eat} with me, {addr}. Guest-right {binds us both|binds the pair of us|holds us "
            "both}.",
            "Name your price in {anything but years|anything except years|coin or blood, not years}. Years I {can't "
            "spare|haven't got|cannot spare}.",
        ],
        "threaten": [
            "Put down the {blade|sword|steel}, {addr}, or {by every god|by all the gods|so help me} I'll make you.",
            "Lie again and I'll {say|speak|shout} your true name {aloud|to the hall|to the rafters}.",
            "The witch-hunters are {a day's ride off|a day away|a day's ride out}. I can make it {an hour|one "
            "hour|an hour's ride}.",
            "Touch the {prop} and the curse {takes you next|comes for you next|has you next}.",
            "I still have {a lock of your hair|a curl of your hair|a twist of your hair}, {addr}. {Remember "
            "that|Think on that|Don't forget it}.",
            "Defy me, and the {council|court|whole hall} learns whose mark you {carry|bear|hide}.",
            "I {speak|say one word}, and the wards {open|fall|part}. You won't like {what's outside|what waits "
            "outside|what comes in}.",
            "{Break faith with|Betray|Play false with} me, and you'll {never cross running water again|never cross a "
            "river again|never again cross running water}.",
            "What {sleeps|lies sleeping|dreams} beneath the {place} answers to {a name I know|a name I have|my "
            "voice}. {Shall I call it|Shall I wake it|Shall I try}?",
            "Keep your {oath|vow|word}, {addr}, or I'll {keep it for you|hold you to it|keep it on your behalf}, and "
            "you won't {enjoy how|like how|enjoy the method}.",
            "By {time}, the Hunt {rides|is riding|will ride}. I can {tell it|show it|point it to} where you sleep.",
            "Burn me if {you like|you must|you dare}. The {ashes|ash|embers} will still {talk|speak|tell it}.",
            "I'll {strip|tear|peel} the glamour off you {where the whole hall can see|in front of the whole "
            "hall|before the whole court}.",
            "Say no again, {addr}, and {other} learns what you did {at the crossroads|at the crossroads stone|on the "
            "north road}.",
        ],
        "charm": [
            "You've the blood of {the old kings|the first kings|old kings} in you, {addr}. It {shows|shows "
            "plainly|always shows}.",
            "I've met {heroes|a few heroes|heroes before}. You're the first {I've liked|I've cared for|worth liking}.",
            "The {prop} glows {warmer|brighter|warm} when you're near. {Did you notice|Have you noticed|Had you "
            "noticed}?",
            "You could {talk|coax|sweet-talk} a dragon out of {its gold|its hoard|its last coin}, {addr}.",
            "Come, sit by the {fire|hearth|coals}. No oaths, no {swords|blades|steel}. Just {us|the two of us|you "
            "and me}.",
            "If the prophecy had {any sense|any wit|half a brain}, it would {be about you|name you|sing of you}.",
            "You kept your word {when no one would have known|when nobody would have known|when nobody was "
            "watching}. {I know|I saw|I noticed}.",
            "The {ravens|crows|hounds} like you. They're {famously hard to please|hard to please|famously choosy}.",
            "You're the one {at this table|in this room|here} the magic {answers to|listens to|bends for}.",
            "Such a steady hand {on the blade|on the hilt|with a sword}, {addr}. {Steady it on my side|Lend it to my "
            "side|Put it on my side}.",
            "I'd {walk|follow} behind you into the {place}, and I {walk behind nobody|follow nobody|walk behind no "
            "one}.",
            "You've {absent}'s {courage|nerve|spine}, and {better manners|a kinder tongue|better manners besides}.",
            "Even the witch {speaks well of you|thinks well of you|has kind words for you}, and she {speaks well of "
            "nobody|likes nobody|has kind words for no one}.",
            "There are songs {waiting to be written|not yet written|begging to be sung} about you, {addr}. Let me "
            "{help|write one|start one}.",
        ],
        "plead": [
            "By the {old gods|gods of the hill|saints}, {addr}, don't {break the seal|touch the seal|open the seal}.",
            "Let me keep the {prop} {one more night|one night more|a single night more}. {One|Just one|Only one}.",
            "Don't {give me|hand me over|send me} to the witch-hunters. {Anything else|Anything but that|Not them}.",
            "Please, {lift it|take it off me|lift the curse}. I can't {sleep|sleep for it|rest}. It "
            "{whispers|whispers all night|keeps whispering}.",
            "Spare {other}. Whatever the prophecy {says|foretells|claims}, {spare them|let them live|spare that one}.",
            "If you ever {loved|cared for|honoured} {absent}, {help me now|help me|help me now, tonight}.",
            "Don't make me {swear|swear again|take an oath}. The last {one|vow|time} nearly {killed me|finished "
            "me|broke me}.",
            "I'm begging {on my knees|you, on my knees|on both knees}, {addr}. Look. {On my knees|Down here|Knees in "
            "the dirt}.",
            "Release me before {moonrise|the moon rises|moonrise, I beg you}. After that I {won't be myself|won't be "
            "me|can't answer for myself}.",
            "Give me until {time}. The runes will {come clear|speak plainly|make sense} by then.",
            "Don't leave me {alone|on my own|by myself} in the {place}. Not {tonight|tonight of all nights|after "
            "dark}.",
            "I've {paid enough|paid enough already|given enough}, {addr}. Don't let them take {more|any more|another "
            "thing}.",
            "Hear me {out|to the end} before you {draw that|draw steel|draw the blade}. {Please|I beg you|Please, "
            "just hear me}.",
            "You {have the power|hold the power|alone have the power} to {end it|end this|stop it}. {Please use "
            "it|Please, use it|Use it, please}.",
        ],
        "confide": [
            "My {grandmother|granddam|old nan} said the old magic {always collects its debts|always collects|always "
            "comes to collect}. She was {right|right, too|never wrong}.",
            "I was born under {a red moon|a blood moon|the red moon}, {addr}. Nobody in my {village|valley|parish} "
            "would {hold me|touch me|hold me as a babe}.",
            "I can {hear|feel} the {prop}. It {knows my name|knows my name already|says my name}.",
            "When I {cast|work magic|weave a spell}, I {forget things|lose things|lose memories}. My {sister's "
            "face|mother's voice|brother's name}, {last winter|this winter past|one winter}.",
            "I've never {set foot in|stepped into|crossed into} a temple. The doors {won't let me|won't open for "
            "me|shut on me}.",
            "I ran from my {oath|sworn oath|vow} once. I'm still running, {addr}.",
            "Nobody but {absent} knew {what I am|what I really am|the truth of me}.",
            "I dream of the {place} {every night|night after night|each night}. I'd never {been here|set foot "
            "here|seen it} before today.",
            "My magic came {the day my father died|the day my father was buried|when my father died}. I've always "
            "{wondered why|wondered at that|asked myself why}.",
            "The mark on my {wrist|arm|skin} {grows every full moon|grows with each full moon|spreads every full "
            "moon}. {Look|See|Look at it}.",
            "I don't want the {crown|throne|crown, not any of it}, {addr}. I never {did|have|wanted it}.",
            "When I was {small|a child|little}, something under the hill {sang to me|sang up to me|sang me songs}. I "
            "{sang back|sang back to it|answered}.",
            "Between us, I've forgotten {half the spell|half the words|the middle of the spell}. {I'm bluffing|It's "
            "all bluff|I'm bluffing, mostly}.",
            "I left my {name|true name|old name} behind at {a crossroads|the crossroads|a crossroads inn}. This "
            "one's {borrowed|a borrowed one|someone else's}.",
        ],
    },
    "replies": {
        "to_question": [
            "No. And ask {a third time|again|me a third time} at your peril; {three is a binding number|three "
            "binds|the third asking binds}.",
            "The {runes|stones|bones} say yes. I say {perhaps|maybe|we'll see}.",
            "In the {place}, keeping the {candles lit|candles burning|fire in}. Ask {other}.",
            "At {time}? Asleep, and dreaming {of fire|of fire, as ever|of wolves}.",
            "That's not a question {to ask|to put to me|you ask} under {a full moon|a moon like this|the full moon}.",
            "Because the {prop} {told me to|asked it of me|bade me}, {addr}.",
            "I {can't|cannot} answer. I'm {bound not to|oath-bound not to|sworn not to}.",
            "Riddles {deserve riddles|earn riddles|get riddles back}. What walks on {no legs|no feet|no legs at all} "
            "at midnight?",
            "Yes. And again, under {any moon you care to name|any moon you like|every moon there is}.",
            "Ask the {witch|hedge-witch|wise woman}. She {charges less|asks less|costs less} than I do.",
            "I {don't remember|can't recall|don't recall}. The magic {takes memories|eats memories|takes what it "
            "likes}, {addr}.",
            "Three {days|nights|days, no more}. That's all the prophecy {gives us|allows|grants us}.",
            "Why {do you want to know|do you ask|would you want to know}? Who's {asking through you|speaking through "
            "you|asking, behind you}?",
            "Once. {Only once|Just once|Once only}, and it cost me {a winter|a whole winter|a year}.",
        ],
        "to_accusation": [
            "Lies. Put your {hand|palm} on the {prop} beside mine and {see whose burns|see which of us burns|we'll "
            "see whose burns}.",
            "Me? I've kept {every oath I ever swore|every oath I ever took|every vow I ever made}.",
            "If I'd cursed them, {addr}, you'd know. You'd be {covered in boils|croaking in a pond|covered in warts}.",
            "Careful. Words like that {have weight here|carry weight here|bind, here}.",
            "I did. And the {realm|kingdom|realm, you'll note,} still stands {because of it|thanks to it|on account "
            "of it}.",
            "That's the witch's {lie|lie, not mine|tale}, and you {swallowed it whole|swallowed it|took it like "
            "honey}.",
            "Say it to the {council|high council|elders}, then, not here {in the dark|in the shadows|by candlelight}.",
            "Half {true|right}. Half truths are {the most dangerous kind|the worst kind|the sharpest blades}.",
            "The {raven|bird|black bird} isn't mine. It {goes where the dead send it|flies where the dead send "
            "it|serves the dead}.",
            "Says the one with {frost on their boots|frost on the boots|grave-dirt on their boots} at {time}.",
            "I'll {forgive that|let that pass|forgive you that} once, {addr}. Once.",
            "Prove it, or {take it back|unsay it|take that back} before the {fire|hearth|old fire} hears.",
            "You'd rather {blame me|accuse me|point at me} than look at {other}. Why?",
            "The prophecy points {where it likes|where it pleases|wherever it likes}. I didn't write it.",
        ],
        "to_statement": [
            "So the {runes|stones|bones} said too.",
            "Perhaps. The old {tales|songs|wives} tell it {differently|otherwise|another way}.",
            "Fine words. Will they {hold|stand} against the {dark|dark out there|night}?",
            "{As you say|As you will|Have it your way}. I don't {like it|care for it|like it one bit}, but {as you "
            "say|so be it|as you will}.",
            "That's what {absent} {believed|said|thought too}, and look where it {led|led them|got them}.",
            "Speak {softly|low|quietly}. Stone remembers, and the {place} is all stone.",
            "Hm. My {grandmother|old nan|granddam} would have {spat at that|spat on that|laughed at that}.",
            "True enough. Not the {whole of it|whole tale|whole story}.",
            "I {felt it too|felt it as well|felt it}. In the {teeth|teeth and bones|marrow}, like {a storm coming|a "
            "storm on the way|thunder coming}.",
            "Is that your counsel, {addr}, or your {fear talking|fear|fear speaking}?",
            "Then the prophecy is {already moving|already in motion|already walking}.",
            "And the {prop}? You've {forgotten|left out} the {prop}.",
            "Bold. {Foolish|Mad|Reckless}, but bold.",
            "Words, words. The {moon|moon up there|old magic} doesn't care.",
        ],
        "to_reveal": [
            "So {secret_you}, and you {sat at our fire|ate at our fire|broke bread with us}?",
            "By {all the gods|every god|the old gods}. {addr}, {secret_you}?",
            "And {all the while|all this time|the whole time} {secret_you}.",
            "Then {secret_you}. That's why the wards {failed|fell|gave way}.",
            "You swore {beside me|at my side|with me}, and {secret_you}?",
            "Of course. Of course {secret_you}; {the ravens knew|the ravens said so|even the ravens knew}.",
            "The prophecy said {a friend|one of us|a friend at the fire} would {hide it|hide the truth|keep it "
            "close}, and {secret_you}.",
            "So that's what the {prop} was {whispering|whispering about|trying to say}: {secret_you}.",
            "Under guest-right, {secret_you}?",
            "I {spoke up for you|stood up for you|vouched for you} to the {council|whole council|elders}, and "
            "{secret_you}.",
            "Gods help us, {secret_you}, and the moon {nearly full|near full|all but full}.",
            "{Say it isn't so|Tell me it's false|Say it's a lie}. No. I see it {now|plainly now|clearly}: "
            "{secret_you}.",
            "Is that why you {never looked at|couldn't look at|never spoke of} {absent}? Because {secret_you}?",
            "Not even the {witch|oracle|ravens} {saw it|saw that|guessed}: {secret_you}.",
            "Before the whole {hall|court|council}, {other} tells me {secret_you}?",
        ],
        "to_event": [
            "Stand back! Don't {cross|step over|break} the {salt line|line of salt|ring of salt}.",
            "Did you {see that|see|see it}? The {flames|candles|torches} {bowed|bent|bent low}.",
            "That was no {wind|draught|gust}. That was {something breathing|something's breath|a breath}.",
            "Steel out, {all of you|everyone|all of you, now}. Backs to the {fire|wall|hearth}.",
            "It's {begun|started}. The prophecy's {begun|started|begun, gods help us}.",
            "Nobody {speak its name|say its name|speak its name aloud}. {Nobody|Not one of you|Nobody, hear me}.",
            "The wards. Someone {get to|run to|see to} the wards.",
            "{Gods below|Saints preserve us|Gods}. The {prop}, look at the {prop}.",
            "Hush. It {hears|listens} better than {we do|any of us|we ever could}.",
            "An omen, {addr}. And not a {kind one|kind one, either|good one}.",
            "Don't run. Running is {what it wants|what it's waiting for|what it hopes for}.",
            "I told you the {old magic|old powers|hill} would {answer|answer us|wake}.",
            "Light. {Somebody give me|Someone bring|Give me} light!",
            "Beneath the {place}. {It came from beneath|It came up from below|Up from beneath}.",
        ],
        "opener": [
            "Shut the {door|door tight|gate} and bar it, {addr}. Then we {talk|talk, not before|speak}.",
            "Sit. Salt on the {threshold|doorstep|sill} first.",
            "The council meets at {time}. We have {until then|that long|till then}.",
            "Well met, {all|everyone|friends}. Or ill met, {as it turns out|as it happens|as we'll see}.",
            "Before we {speak|begin|say a word}, show me your palms. {All of you|Every one of you|Everyone}.",
            "I've read the {runes|bones|stars}. You'll want to {sit down|sit|sit for this}.",
            "Nobody has {slept|slept a wink|closed an eye}. Good. Neither have I.",
            "The {prop} is safe. {For now|For tonight|For the moment}. {Gather round|Come closer|Gather in}.",
            "Light the {candles|lamps|tapers}. All of them.",
            "A cold night for {plotting|scheming|secrets}, {addr}. Warm {yourself|your hands|yourself first}.",
            "The ravens {came back|came home|returned}. {Three of them|All three|Three}, empty-beaked.",
            "Let's {begin|start} with {an oath|a vow|the oath}. Then with the {truth|truth, all of it|whole truth}.",
            "Who {kept watch on|stood guard at|guarded} the {place} {last night|in the night|after moonrise}?",
            "Drink first. Bad news {goes down easier|goes down better|slides down easier} {warm|with wine in you|by "
            "the fire}.",
        ],
    },
    "beats": {
        "opening": [
            "The feast",
            "Old oaths",
            "The omen in the {place}",
            "{hero} is given the {prop}",
            "A death at {time}",
            "The prophecy is read",
            "{rival} claims the right",
            "The stranger at the gate",
        ],
        "middle": [
            "The road through the {place}",
            "Whispers at court",
            "The price of magic",
            "{holder}'s mark is seen",
            "The witch's bargain",
            "The wards fail",
            "{ally}'s other oath",
            "The prophecy names a name",
        ],
        "climax": [
            "Moonrise",
            "The crown",
            "The last spell",
            "{hero} speaks the true name",
            "Before the council",
            "The oath kept",
            "Into the {place}",
            "{rival} takes up the {prop}",
        ],
    },
    "must_change": {
        "opening": [
            "{hero} swears to protect the {prop}",
            "An oath binds {group} together",
            "{absent}'s death wakes the old magic",
            "{holder} is seen where no one should be at {time}",
            "{rival} and {hero} become open enemies",
            "The prophecy is spoken aloud",
            "{ally} joins {hero} against good advice",
            "The wards are found broken",
        ],
        "middle": [
            "{holder}'s secret stirs the magic",
            "{hero} pays a price for the magic",
            "{ally} is revealed to have sworn to {rival}",
            "The fellowship splits",
            "The prophecy's meaning turns",
            "{rival} wins over the council",
            "The {prop} is lost",
            "{hero} learns what {absent} traded away",
        ],
        "climax": [
            "The oath-breaker is named before everyone",
            "{hero} chooses between power and friendship",
            "{holder}'s secret breaks the curse or seals it",
            "The {prop} is claimed, or destroyed",
            "{rival} kneels or falls",
            "The magic takes its due",
            "The prophecy is fulfilled in a way nobody expected",
            "Dawn comes, and the realm has a new keeper",
        ],
    },
}
