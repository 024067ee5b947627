"""Text of the Amnesty-style chapter PDF of this probe (invented; see README.md)."""

HEAD = [
    "BANGLADESH",
    "People's Republic of Bangladesh",
    "Head of state: Mohammed Shahabuddin (replaced Abdul Hamid in April)",
    "Head of government: Sheikh Hasina",
]

SUMMARY = (
    "The authorities continued to restrict the rights to freedom of expression and peaceful "
    "assembly ahead of national elections. Opposition supporters were arbitrarily detained in "
    "their thousands. A new cyber security law retained many of the abusive provisions of the "
    "law it replaced. Human rights defenders were prosecuted. Enforced disappearances and "
    "deaths in custody continued to be reported, and courts kept handing down death sentences. "
    "Plans to return Rohingya refugees to Myanmar raised concern."
)

SECTIONS = [
    ("BACKGROUND",
     "Political tension rose throughout the year as the ruling Awami League and the opposition "
     "Bangladesh Nationalist Party (BNP) disagreed over whether the general election, scheduled "
     "for January 2024, should be held under a caretaker government. The BNP announced that it "
     "would boycott the vote unless its demand was met. The economy remained under pressure; "
     "inflation stayed above 9% for most of the year and the IMF approved a loan programme in "
     "January."),
    ("FREEDOM OF EXPRESSION, ASSOCIATION AND PEACEFUL ASSEMBLY",
     "Journalists continued to be prosecuted under the Digital Security Act (DSA). On 29 March, "
     "police in Dhaka arrested Rafiqul Alam Tonmoy, a reporter for a national daily, over a news "
     "report on food prices that ruling party members said had \"defamed the nation\". He was "
     "released on bail on 3 April but the case against him remained pending at the end of the "
     "year.\n"
     "In August, after years of domestic and international criticism of the DSA, the cabinet "
     "approved a draft Cyber Security Act to replace it. Parliament passed the Cyber Security "
     "Act on 13 September, with only minor changes to the draft, and the President signed it "
     "into law on 18 September. Although the government said that the new law would reduce "
     "penalties, the law kept vaguely worded offences such as \"hurting religious sentiments\" "
     "and gave the police powers to search and arrest without a warrant. The government did not "
     "say whether cases filed under the DSA would be withdrawn.\n"
     "The opposition's rallies were repeatedly blocked. Following clashes at a BNP rally in "
     "Dhaka on 28 October, the police launched a sweeping "
     "crackdown: between 28 October and the end of November, police arrested at least 10,000 "
     "opposition supporters, according to figures compiled by the BNP and local rights groups. "
     "Many were held for weeks without being brought before a court on the charges against "
     "them."),
    ("HUMAN RIGHTS DEFENDERS",
     "On 14 September, the Dhaka Cyber Tribunal convicted Mahfuz Karim and Selina Haque, the "
     "secretary and director of the human rights organization Adhikar Sangram, of publishing "
     "\"false information\" in a 2013 report on killings during a protest, and sentenced each of "
     "them to two years' imprisonment. The High Court Division granted them bail on 17 October "
     "pending appeal. The NGO Affairs Bureau had refused to renew the organization's "
     "registration the previous year.1"),
    ("ENFORCED DISAPPEARANCES AND DEATHS IN CUSTODY",
     "Local human rights organizations recorded at least 52 enforced disappearances during "
     "the year; most of those abducted were opposition activists. Some were later produced "
     "before courts, having been held incommunicado for weeks.\n"
     "Abul Kashem, a 41-year-old garment workers' union organizer, died in the custody of the "
     "Rapid Action Battalion (RAB) in Tangail on 9 May, a day after his arrest. RAB said he had "
     "suffered a heart attack; his family said that his body bore marks of torture. A judicial "
     "inquiry was announced, but its findings had not been made public by the end of the year. "
     "The government again rejected calls to ratify the Optional Protocol to the Convention "
     "against Torture."),
    ("DEATH PENALTY",
     "Courts continued to impose death sentences, including for drug-related offences and "
     "crimes that did not meet the threshold of the \"most serious crimes\" under international "
     "law. At least 248 people were sentenced to death during the year, according to figures "
     "compiled by a local monitoring group; more than 2,000 people were believed to be on death "
     "row at the end of the year.\n"
     "Executions resumed. On 26 July, two men convicted of murdering a businessman in Gazipur "
     "were hanged in Dhaka Central Jail at Keraniganj. Three days later, a third man was hanged "
     "in Jashore Central Jail. Executions had previously been carried out in 2022, when four "
     "men were hanged. The authorities gave families little or no notice.\n"
     "On 11 December, the High Court Division commuted to life imprisonment the death "
     "sentences of four men convicted in connection with an arson attack on a bus, finding that "
     "they had been under 20 at the time of the offence, while confirming the death sentences "
     "of two co-defendants. The Minister of Law said in November that the government was "
     "\"not considering\" abolition of the death penalty, and that a proposal to remove the "
     "mandatory death sentence for certain offences would be \"examined in due course\"."),
    ("REFUGEES' AND MIGRANTS' RIGHTS",
     "Bangladesh continued to host nearly one million Rohingya refugees from Myanmar. In May, a "
     "group of Rohingya refugees visited Maungdaw township in Myanmar's Rakhine State under a "
     "pilot repatriation project agreed by the two governments with the support of China. "
     "Refugees said that conditions for a safe and voluntary return did not exist. The project "
     "was put on hold and no refugees were returned to Myanmar under it during the year. Food "
     "rations were cut to USD 8 per person per month in June because of funding shortfalls.\n"
     "Fires in the camps in Cox's Bazar destroyed thousands of shelters in March."),
    ("RIGHT TO A HEALTHY ENVIRONMENT",
     "In June, the cabinet approved a draft Data Protection Act, which rights groups said "
     "would give the authorities broad access to personal data; it had not been passed by the "
     "end of the year. Bangladesh remained one of the countries most exposed to climate "
     "change. Cyclone Mocha made landfall near Cox's Bazar on 14 May, damaging camp "
     "infrastructure."),
]

NOTES = [
    "1. \"Bangladesh: Conviction of human rights defenders is an assault on civil society\", "
    "14 September (ASA 13/7211/2023)",
    "2. \"Bangladesh: End the crackdown on the opposition ahead of elections\", 9 November "
    "(ASA 13/7388/2023)",
    "3. \"Bangladesh: Halt the Rohingya repatriation pilot\", 5 May (ASA 13/6731/2023)",
]
