import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { found, triples } from './helpers.js';

describe('age descriptions after a quote', () => {
  it('resolves “the NN-year-old” to the person printed with that age, not the last person named', () => {
    const text = [
      'Councillor Mara Quist, 61, voted against the harbour levy.',
      'Deputy Mayor Tom Reede said the vote had been fair.',
      '“We will be back in the spring,” the 61-year-old said as the hall emptied. “And we will bring more people.”',
    ].join('\n\n');
    expect(found(text).map((quote) => [quote.text, quote.speaker, quote.mention])).toEqual([
      ['the vote had been fair', 'Tom Reede', 'Deputy Mayor Tom Reede'],
      ['We will be back in the spring,', 'Mara Quist', 'the 61-year-old'],
      ['And we will bring more people.', 'Mara Quist', null],
    ]);
  });

  it('reads an age with a job title and an addressee, matching the title', () => {
    const text = [
      'Chief executive Lena Sorel said the recall would cost the firm $40 million.',
      'Senator Paul Wren wrote that the recall had come too late.',
      '“This is the hardest week we have had,” the 48-year-old chief executive told the Ledger on Friday. “But the heaters have to go.”',
    ].join('\n\n');
    expect(found(text).slice(2).map((quote) => [quote.speaker, quote.mention, quote.cue])).toEqual([
      ['Lena Sorel', 'the 48-year-old chief executive', 'told the Ledger'],
      ['Lena Sorel', null, 'told the Ledger'],
    ]);
  });

  it('takes the age from an appositive and rules out a person of another age', () => {
    const text = [
      'Anna Lindqvist, a 37-year-old nurse, said the ward was full.',
      'Dr. Jon Eklund, 52, said the night shift had been cut.',
      'Lindqvist said more staff were coming. “Nobody asked us,” the 52-year-old said.',
    ].join('\n\n');
    expect(found(text).map((quote) => quote.speaker)).toEqual(['Anna Lindqvist', 'Jon Eklund', 'Anna Lindqvist', 'Jon Eklund']);
  });

  it('reads “said the NN-year-old” in inverted order', () => {
    const text = 'Ferry pilot Omar Haddad, 44, spoke first. Ingrid Solberg spoke next. “The buoys are gone,” said the 44-year-old.';
    expect(found(text).map((quote) => [quote.text, quote.speaker, quote.mention])).toEqual([['The buoys are gone,', 'Omar Haddad', 'the 44-year-old']]);
  });
});

describe('groups chanting after a participle cue', () => {
  it('attributes a chant introduced by a participle to the counted group', () => {
    expect(triples('Hundreds of nurses gathered outside the hospital, chanting “Fair pay now!” as the board met.')).toEqual([
      ['direct', 'Fair pay now!', 'nurses'],
    ]);
    expect(triples('About 200 dockers blocked the gate on Monday, shouting “No more night shifts!” at the managers.')).toEqual([
      ['direct', 'No more night shifts!', 'dockers'],
    ]);
  });

  it('still reads a body paragraph that ends with an emoji after its full stop', () => {
    expect(triples('Dozens of supporters waited at the gate, chanting “Stay, Mika, stay!” as the bus pulled away. 🎉')).toEqual([
      ['direct', 'Stay, Mika, stay!', 'supporters'],
    ]);
  });
});

describe('according to a group or organisation after the claim', () => {
  it('reads definite group and organisation sources', () => {
    expect(triples('Three boats were damaged in the storm, according to the fishermen.')).toEqual([
      ['indirect', 'Three boats were damaged in the storm', 'fishermen'],
    ]);
    expect(triples('The race will start an hour late, according to the stewards.')).toEqual([
      ['indirect', 'The race will start an hour late', 'stewards'],
    ]);
    expect(triples('Two trawlers were stopped near the reef, according to the Eastland coast guard.')).toEqual([
      ['indirect', 'Two trawlers were stopped near the reef', 'Eastland coast guard'],
    ]);
  });

  it('does not take rules, records or plans for a source', () => {
    expect(triples('The vote was held on a Sunday, according to the rules.')).toEqual([]);
    expect(triples('The dam was finished in 1962, according to the records.')).toEqual([]);
  });
});

describe('asides between subject and cue', () => {
  it('skips a participle or adjectival aside', () => {
    expect(triples('Okafor, reached by phone, insisted that the vote had been fair.')).toEqual([
      ['indirect', 'the vote had been fair', 'Okafor'],
    ]);
    expect(triples('Linus Varga, visibly frustrated, said the delay was unacceptable.')).toEqual([
      ['indirect', 'the delay was unacceptable', 'Linus Varga'],
    ]);
    expect(triples('Linus Varga, contacted by email on Sunday, said the report was wrong.')).toEqual([
      ['indirect', 'the report was wrong', 'Linus Varga'],
    ]);
  });
});

describe('a place after the addressee', () => {
  it('starts the content after “that”, not at the prepositional phrase', () => {
    expect(found('Linus Varga told reporters outside the town hall that the budget was balanced.')[0]).toMatchObject({
      text: 'the budget was balanced',
      speaker: 'Linus Varga',
      cue: 'told reporters',
    });
    expect(found('Linus Varga told reporters inside the station on Monday that the trains would run.')[0]).toMatchObject({
      text: 'the trains would run',
    });
  });
});

describe('speaker choice', () => {
  it('matches a description’s nationality and head against titles and appositives', () => {
    const text = [
      'Northland Trade Minister Piet Hals arrived on Monday and was met by his Eastland counterpart, Lena Vogt.',
      'Vogt said the talks had been useful. Hals said a deal was close.',
      '“Paper is patient,” the Eastland minister said. “What matters is the harbour.”',
      '“We are nearly there,” the Northland minister said.',
    ].join('\n\n');
    expect(found(text).map((quote) => quote.speaker)).toEqual(['Lena Vogt', 'Piet Hals', 'Lena Vogt', 'Lena Vogt', 'Piet Hals']);
  });

  it('takes the person, not the organisation, in “Dr. X of the Y Institute wrote”', () => {
    expect(found('Dr. Ines Moro of the Eastland Heart Institute wrote that the results were “promising.”')[0]).toMatchObject({
      kind: 'mixed',
      speaker: 'Ines Moro',
    });
  });

  it('recognises an organisation subject instead of reusing the previous speaker', () => {
    const text = [
      'Engineer Tove Lund said the tunnel was safe.',
      'The Department of Transport said in a statement that the line would reopen in May.',
      'The Eastland Foreign Ministry, for its part, said the visit had been useful.',
    ].join('\n\n');
    expect(triples(text)).toEqual([
      ['indirect', 'the tunnel was safe', 'Tove Lund'],
      ['indirect', 'the line would reopen in May', 'Department of Transport'],
      ['indirect', 'the visit had been useful', 'Eastland Foreign Ministry'],
    ]);
  });

  it('keeps a spokesman of a ministry a person', () => {
    expect(triples('Health Ministry spokesman Ivo Dane said the clinics were open.')).toEqual([['indirect', 'the clinics were open', 'Ivo Dane']]);
  });
});

describe('canonical names', () => {
  it('names an organisation by its full noun phrase without the article', () => {
    expect(triples('The Eastland Ministry of Foreign Affairs said the talks had been frank.')).toEqual([
      ['indirect', 'the talks had been frank', 'Eastland Ministry of Foreign Affairs'],
    ]);
    expect(triples('The Bank of Northland said inflation had slowed.')).toEqual([['indirect', 'inflation had slowed', 'Bank of Northland']]);
  });

  it('keeps titles out of the name and in the mention and role', () => {
    const result = extractQuotes('Councilmember Rosa Lind said the library would stay open.\n\n“It is the only quiet place,” Lind said.', { sourceId: 'lind' });
    expect(result.speakers).toEqual([expect.objectContaining({ name: 'Rosa Lind', role: 'Councilmember', kind: 'person' })]);
    expect(result.quotes.map((quote) => quote.speakerMention?.text)).toEqual(['Councilmember Rosa Lind', 'Lind']);
  });

  it('takes the role from elsewhere in the article when the cue prints only the last name', () => {
    const text = 'The plan was backed by Police Chief Marisol Dorn. Dorn wrote that overtime had doubled.';
    const result = extractQuotes(text, { sourceId: 'dorn' });
    expect(result.speakers).toEqual([expect.objectContaining({ name: 'Marisol Dorn', role: 'Police Chief' })]);
  });
});

describe('speakers on real news: acronyms, unmatched descriptions, newcomers', () => {
  it('expands an acronym to the organisation printed in full earlier', () => {
    expect(triples('The World Meteorological Organization issued new figures on Monday.\nThe summer was the hottest on record, WMO said.')).toEqual([
      ['indirect', 'The summer was the hottest on record', 'World Meteorological Organization'],
    ]);
    expect(triples('The World Health Organization published its advice in May.\n“The shot is safe for adults,” WHO said.')).toEqual([
      ['direct', 'The shot is safe for adults,', 'World Health Organization'],
    ]);
  });

  it('does not hand a description to an earlier person it does not fit, and keeps the same description unknown', () => {
    const text = [
      'Former bank manager Owen Pryce was jailed on Monday.',
      'Pryce, 58, had admitted the fraud, but the judge said that his remorse “came far too late.”',
      '“You betrayed people who trusted you,” the judge said.',
    ].join('\n');
    expect(triples(text)).toEqual([
      ['mixed', 'his remorse “came far too late.”', null],
      ['direct', 'You betrayed people who trusted you,', null],
    ]);
  });

  it('never gives a woman’s words to a man named before', () => {
    const text = 'Mr Holt wrote to every family on Friday.\n\nThe woman, who did not want her name printed, said: “Nobody told us anything.”';
    expect(triples(text)).toEqual([['direct', 'Nobody told us anything.', null]]);
  });

  it('matches a role printed before a name and a description with an adjective before its organisation', () => {
    const text = 'Science teacher Ruth Odell has resigned.\n\nThe teacher at embattled Millbrook Academy said in her letter that she had no choice.';
    expect(triples(text)).toEqual([['indirect', 'she had no choice', 'Ruth Odell']]);
  });

  it('reads "He said" after a sentence whose subject is not a person as the one person it names', () => {
    const text = [
      '“We will reopen soon,” said Ruth Odell.',
      'The academy is now run by head teacher Ian Moss, who was brought in last month.',
      'He said the inspection had gone well.',
    ].join('\n');
    expect(triples(text)).toEqual([
      ['direct', 'We will reopen soon,', 'Ruth Odell'],
      ['indirect', 'the inspection had gone well', 'Ian Moss'],
    ]);
  });
});

describe('first names', () => {
  it('rule out a person whose first name marks the other gender for "he" and "she"', () => {
    const text = 'Mayor Ann Berg and council leader Tom Hale met residents on Monday.\nBerg said the plan would go ahead. He disagreed, saying the cost was too high.';
    expect(triples(text)).toEqual([
      ['indirect', 'the plan would go ahead', 'Ann Berg'],
      ['indirect', 'the cost was too high', 'Tom Hale'],
    ]);
  });

  it('never rule anyone out by a unisex first name', () => {
    const text = 'Alex Moreno chairs the board.\n“We will vote in May,” she said.';
    expect(triples(text)).toEqual([['direct', 'We will vote in May,', 'Alex Moreno']]);
  });
});

describe('epithets', () => {
  it('still read an epithet after a named person as that person ("the Russian leader", "the premier")', () => {
    expect(triples('President Ivan Petrov met the envoys on Monday.\n“We want peace,” the Eastland leader said.')).toEqual([
      ['direct', 'We want peace,', 'Ivan Petrov'],
    ]);
    expect(triples('Prime Minister Ann Berg spoke in parliament.\n“We will not back down,” the premier said.')).toEqual([
      ['direct', 'We will not back down,', 'Ann Berg'],
    ]);
  });
});

describe('councillors and pronouns inside the sentence of their antecedent', () => {
  it('reads "Coun" and "Cllr" as titles and a "he" after the sentence subject as that subject', () => {
    const text = [
      'Planning chairman Councillor Tom Reed chaired the vote.',
      'But Councillor Ivo Dane branded the plan "a mess".',
      'Coun Reed then drew jeers when he said that members had "a duty to the ratepayers".',
      'He said: "If we lose, it will cost a lot." Cllr Dane replied: "That is a threat."',
    ].join('\n\n');
    expect(triples(text)).toEqual([
      ['mixed', 'the plan "a mess"', 'Ivo Dane'],
      ['mixed', 'members had "a duty to the ratepayers"', 'Tom Reed'],
      ['direct', 'If we lose, it will cost a lot.', 'Tom Reed'],
      ['direct', 'That is a threat.', 'Ivo Dane'],
    ]);
  });
});

describe('a public body named in lower case, then by its acronym and as "the agency"', () => {
  it('reads the lower-case name after a country acronym and resolves the acronym and the epithet to it', () => {
    const text = [
      'Toy firm Brightly is recalling two million cots over safety fears, the US child product safety board said today.',
      'Brightly also is recalling 90,000 prams, the CPSB said. The recall also covers 5,000 swings, the agency said.',
    ].join('\n\n');
    expect(triples(text).map(([, , speaker]) => speaker)).toEqual([
      'US child product safety board',
      'US child product safety board',
      'US child product safety board',
    ]);
  });

  it('resolves an acronym and "the regulator" to a capitalised body printed in full', () => {
    const text = 'The Federal Rail Administration said it would review the line. The FRA said the review would take a year. The regulator said no trains would stop.';
    expect(triples(text).map(([, , speaker]) => speaker)).toEqual(['Federal Rail Administration', 'Federal Rail Administration', 'Federal Rail Administration']);
  });
});

describe('"it" and a firm printed as an affiliation', () => {
  it('leaves "it" unresolved rather than crediting the firm of a lawyer named earlier', () => {
    expect(triples('Attorney Cory Dane of Pike & Hale LLP spoke first. The company has changed since it denied that fumes caused illness.')).toEqual([
      ['indirect', 'fumes caused illness', null],
    ]);
  });
});

describe('a description before the name it stands for', () => {
  it('resolves "the paper’s author" to the author named a few sentences on, when nobody spoke before', () => {
    const text = [
      'While the paper’s author asserted that the sea had warmed, critics called it wrong.',
      'The paper appeared in a journal last week. Paper author Carla Snow, who once worked at the Eastland Institute, said it was not a forecast.',
    ].join('\n\n');
    expect(triples(text)).toEqual([
      ['indirect', 'the sea had warmed', 'Carla Snow'],
      ['indirect', 'it was not a forecast', 'Carla Snow'],
    ]);
  });

  it('leaves it unresolved when no later name carries the description', () => {
    expect(triples('The judge said the trial would resume. Lawyer Carla Snow left the court.')).toEqual([['indirect', 'the trial would resume', null]]);
  });
});

describe('"the union" before the article names it', () => {
  it('means the union, association or federation named next', () => {
    const text = '(Wire) — The union representing drivers at Northline says it has logged more brake faults. The United Drivers Association is warning its members of “a rising curve,” such as worn pads.';
    expect(triples(text)).toEqual([
      ['indirect', 'it has logged more brake faults', 'United Drivers Association'],
      ['direct', 'a rising curve,', 'United Drivers Association'],
    ]);
  });
});

describe('"they" after a sentence whose subject is a group', () => {
  it('means that group, not a group named later in the sentence', () => {
    expect(triples('Police are appealing for witnesses. Anyone with information should call 101, they said.')).toEqual([
      ['indirect', 'Anyone with information should call 101', 'Police'],
    ]);
  });
});

describe('a first name in apposition', () => {
  it('takes the full name printed elsewhere for a first name alone', () => {
    expect(triples('Rob Innes’s eldest son, Mika, said his father had misled him. Mika Innes said he was hurt.')).toEqual([
      ['indirect', 'his father had misled him', 'Mika Innes'],
      ['indirect', 'he was hurt', 'Mika Innes'],
    ]);
  });
});

describe('a possessive with a bare apostrophe', () => {
  it('reads "Innes\' son" as a possessive, not a stray mark', () => {
    expect(triples("Rob Innes' eldest son, Mika, said his father had misled him.")).toEqual([['indirect', 'his father had misled him', 'Mika']]);
  });
});

describe('a surname that is also a title word', () => {
  it('is the name after "Dr", "Mr" or a first name, and still a title before a name', () => {
    expect(triples('Dr Helen Bishop told the board that the ward would reopen. Dr Bishop said staff were ready.')).toEqual([
      ['indirect', 'the ward would reopen', 'Helen Bishop'],
      ['indirect', 'staff were ready', 'Helen Bishop'],
    ]);
    expect(triples('Mr Marshal said the gates would stay shut.')).toEqual([['indirect', 'the gates would stay shut', 'Marshal']]);
    expect(triples('Chief Constable Ruth Amadi said the road was clear.')).toEqual([['indirect', 'the road was clear', 'Ruth Amadi']]);
    expect(triples('Mayor Vi Lyles toured the coast. Charlotte Mayor said the roads would reopen.')).toEqual([['indirect', 'the roads would reopen', 'Vi Lyles']]);
  });

  it('is no surname in a form of address or after a club or place printed alone before', () => {
    expect(triples('Speaker Lina Hoyle called the vote.\n“Order,” Mr Speaker said.')).toEqual([['direct', 'Order,', 'Lina Hoyle']]);
    expect(triples('President Ana Berg opened the session.\n“Welcome,” Mrs President said.')).toEqual([['direct', 'Welcome,', 'Ana Berg']]);
    expect(triples('Chancellor Rob Innes rose.\n“Growth is back,” Mr Chancellor said.')).toEqual([['direct', 'Growth is back,', 'Rob Innes']]);
    expect(triples('Chelsea sacked their manager.\n“We are hurting,” Chelsea Coach said.')).toEqual([['direct', 'We are hurting,', null]]);
    expect(triples('Chelsea sacked their manager.\n“We are hurting,” Chelsea Coach said. Chelsea said the search had begun.')).toEqual([
      ['direct', 'We are hurting,', null],
      ['indirect', 'the search had begun', 'Chelsea'],
    ]);
    expect(triples('Florence hosts the final.\n“We are ready,” Florence Judge said.')).toEqual([['direct', 'We are ready,', null]]);
    expect(triples('Helen Bishop chairs the board.\n“We are ready,” Helen Bishop said.')).toEqual([['direct', 'We are ready,', 'Helen Bishop']]);
  });
});

describe('a name after "according to"', () => {
  it('is a speaker, not a place printed after "to"', () => {
    expect(triples('Head teacher Ivo Quist said the school would shut. Playing fields such as Dunmore Green are to shut too, according to Quist. Pupils should stay at home, he said.')).toEqual([
      ['indirect', 'the school would shut', 'Ivo Quist'],
      ['indirect', 'Playing fields such as Dunmore Green are to shut too', 'Ivo Quist'],
      ['indirect', 'Pupils should stay at home', 'Ivo Quist'],
    ]);
    expect(triples('Output rose in May, according to Tarvo. A Tarvo spokesman said the plant would reopen.')).toEqual([
      ['indirect', 'Output rose in May', 'Tarvo'],
      ['indirect', 'the plant would reopen', 'Tarvo'],
    ]);
  });
});

describe('a pronoun after a sentence whose subject is unnamed but whose speaker is named', () => {
  it('means the named speaker, while after an unnamed subject alone it stays null', () => {
    expect(triples('An elderly neighbour was hurt in the fire, said Mira Solberg, a spokeswoman for the city. She said the block would be rebuilt.')).toEqual([
      ['indirect', 'An elderly neighbour was hurt in the fire', 'Mira Solberg'],
      ['indirect', 'the block would be rebuilt', 'Mira Solberg'],
    ]);
    expect(triples('Mira Solberg runs the block. An elderly neighbour was hurt in the fire. She said the block should be rebuilt.')).toEqual([
      ['indirect', 'the block should be rebuilt', null],
    ]);
  });

  it('stays null when the speaker’s gender is unknown or the unnamed subject has the pronoun’s gender', () => {
    expect(triples('A woman was pulled alive from the rubble on Sunday, said Alex Okafor, a rescuer. She said: “I prayed every hour.”')).toEqual([
      ['indirect', 'A woman was pulled alive from the rubble on Sunday', 'Alex Okafor'],
      ['direct', 'I prayed every hour.', null],
    ]);
    expect(triples('A mother of two was evicted on Friday, said housing campaigner Jo Kerr. “I have nowhere to go,” she said.')).toEqual([
      ['indirect', 'A mother of two was evicted on Friday', 'Jo Kerr'],
      ['direct', 'I have nowhere to go,', null],
    ]);
    expect(triples('A girl aged nine was rescued off Tarnby, said Ana Berg, a coastguard spokeswoman. She said: “I held on to a rope.”')).toEqual([
      ['indirect', 'A girl aged nine was rescued off Tarnby', 'Ana Berg'],
      ['direct', 'I held on to a rope.', null],
    ]);
    expect(triples('A boy was found on the ferry, said Tomas Vik, a harbour guard. He said: “I wanted to see the sea.”')).toEqual([
      ['indirect', 'A boy was found on the ferry', 'Tomas Vik'],
      ['direct', 'I wanted to see the sea.', null],
    ]);
    expect(triples('A man was hurt in the crash, said Ana Berg, a police spokeswoman. She said: “He is stable.”')).toEqual([
      ['indirect', 'A man was hurt in the crash', 'Ana Berg'],
      ['direct', 'He is stable.', 'Ana Berg'],
    ]);
  });
});

describe('a one-word name after words that are no title', () => {
  it('is no person a later pronoun could mean ("The burglars spoke Finnish", "The agency Europol")', () => {
    expect(triples('Inspector Lars Moen said the van was found. The burglars spoke Finnish, he said. The agency Europol was alerted too, he said. He added that the clocks were insured.')).toEqual([
      ['indirect', 'the van was found', 'Lars Moen'],
      ['indirect', 'The burglars spoke Finnish', 'Lars Moen'],
      ['indirect', 'The agency Europol was alerted too', 'Lars Moen'],
      ['indirect', 'the clocks were insured', 'Lars Moen'],
    ]);
  });
});

describe('an organisation named "X of <group word>"', () => {
  it('keeps the group word in the name and leaves a person titled after it the speaker', () => {
    expect(triples('The Harlow Federation of Nurses said the wards were short of staff. Harlow Federation of Nurses President Dana Kerr called the offer an insult, saying the talks had failed.')).toEqual([
      ['indirect', 'the wards were short of staff', 'Harlow Federation of Nurses'],
      ['indirect', 'the talks had failed', 'Dana Kerr'],
    ]);
  });
});

describe('a participle phrase opening the sentence', () => {
  it('is no name: the subject after it speaks', () => {
    expect(triples('Former mayor Ivo Dane said he had fallen on the ice. Nursing a sore wrist, he later addressed the council and said he backed the levy.')).toEqual([
      ['indirect', 'he had fallen on the ice', 'Ivo Dane'],
      ['indirect', 'he backed the levy', 'Ivo Dane'],
    ]);
  });

  it('is no participle after a cue or without the comma that closes it: the name speaks', () => {
    expect(triples('“We will win,” said Fleming this week.')).toEqual([['direct', 'We will win,', 'Fleming']]);
    expect(triples('“The pier stays shut,” said Harding this morning.')).toEqual([['direct', 'The pier stays shut,', 'Harding']]);
    expect(triples('“Nobody told us,” said Manning the next day.')).toEqual([['direct', 'Nobody told us,', 'Manning']]);
    expect(triples('Browning this week said the levy would rise.')).toEqual([['indirect', 'the levy would rise', 'Browning']]);
  });
});

describe('a body described with the name it belongs to', () => {
  it('speaks as printed, and a later epithet means it, while a place or a person after "of" is no body', () => {
    expect(triples('The plant data was faked, the research group at Tarnby University said on Monday. The group said it regretted the error.')).toEqual([
      ['indirect', 'The plant data was faked', 'research group at Tarnby University'],
      ['indirect', 'it regretted the error', 'research group at Tarnby University'],
    ]);
    expect(triples('Ana Berg toured the plant in Danvik. The office of Ana Berg said the tour was over. The team at Danvik said it was pleased.')).toEqual([
      ['indirect', 'the tour was over', 'office'],
      ['indirect', 'it was pleased', 'team'],
    ]);
  });
});

describe('a definite bare group after a group that spoke', () => {
  it('means that group: "the same officials", "the sources" after officials; other groups stay apart', () => {
    expect(triples('The port will close in May, according to two harbour officials briefed on the plan. Ferries will move to Lindvik, the sources said. Staff will be moved too, the same officials added.')).toEqual([
      ['indirect', 'The port will close in May', 'harbour officials'],
      ['indirect', 'Ferries will move to Lindvik', 'harbour officials'],
      ['indirect', 'Staff will be moved too', 'harbour officials'],
    ]);
    expect(triples('Hundreds of protesters said the port must stay open. Ferries will move to Lindvik, the sources said.')).toEqual([
      ['indirect', 'the port must stay open', 'protesters'],
      ['indirect', 'Ferries will move to Lindvik', 'sources'],
    ]);
  });

  it('means the group the sentence before opens with, and "the sources" only a group cited without names that spoke last', () => {
    expect(triples('“The count is rigged,” opposition officials said.\nElection officials rejected the claim. “There was no fraud,” the officials said.')).toEqual([
      ['direct', 'The count is rigged,', 'opposition officials'],
      ['direct', 'There was no fraud,', 'Election officials'],
    ]);
    expect(triples('Three city officials said the talks had failed. “We are not leaving,” the protesters said.\nThe deal is off, the sources said.')).toEqual([
      ['indirect', 'the talks had failed', 'city officials'],
      ['direct', 'We are not leaving,', 'protesters'],
      ['indirect', 'The deal is off', 'sources'],
    ]);
    expect(triples('Two county officials said the bridge would close. Tolls will rise, the sources said.')).toEqual([
      ['indirect', 'the bridge would close', 'county officials'],
      ['indirect', 'Tolls will rise', 'sources'],
    ]);
    expect(triples('Two county officials said the mayor was not authorised to sign. Tolls will rise, the sources said.')).toEqual([
      ['indirect', 'the mayor was not authorised to sign', 'county officials'],
      ['indirect', 'Tolls will rise', 'sources'],
    ]);
    expect(triples('Two county officials familiar with the talks said the bridge would close. Tolls will rise, the sources said.')).toEqual([
      ['indirect', 'the bridge would close', 'county officials'],
      ['indirect', 'Tolls will rise', 'county officials'],
    ]);
  });
});

describe('a pronoun after a possessive subject with a name in apposition', () => {
  it('means the person named, not the owner', () => {
    expect(triples('Rob Innes spoke to the court. Innes’ eldest son, Owen, spoke next. “I will never forgive you,” he said. Owen Innes left the court in tears.')).toEqual([
      ['direct', 'I will never forgive you,', 'Owen Innes'],
    ]);
  });

  it('means the person named when only the apposition prints the name, and nobody when the genders clash', () => {
    expect(triples('Ana Berg’s eldest son, Owen, spoke next. “I forgive her,” he said.')).toEqual([['direct', 'I forgive her,', 'Owen']]);
    expect(triples('Rob Innes’ wife, Mara, spoke next. “I miss him,” she said.')).toEqual([['direct', 'I miss him,', 'Mara']]);
    expect(triples('Rob Innes’ lawyer, Mara Voss, spoke next. “He is innocent,” he said.')).toEqual([['direct', 'He is innocent,', null]]);
    expect(triples('Ivo Dane’s daughter, Kim, spoke next. “He was kind,” he said.')).toEqual([['direct', 'He was kind,', null]]);
  });
});

describe('a group whose lower-case words begin the name of a body printed near it', () => {
  it('is that body, while one modifier alone stays a group', () => {
    expect(triples('Ferry shares fell after coastal safety officials said they would inspect the fleet. The Coastal Safety Board said the checks would take a month.')).toEqual([
      ['indirect', 'they would inspect the fleet', 'Coastal Safety Board'],
      ['indirect', 'the checks would take a month', 'Coastal Safety Board'],
    ]);
    expect(triples('Port officials said the quay was shut. The Port Authority of Danvik said it would reopen.')).toEqual([
      ['indirect', 'the quay was shut', 'Port officials'],
      ['indirect', 'it would reopen', 'Port Authority of Danvik'],
    ]);
  });

  it('is no body of another kind or with a longer name', () => {
    expect(triples('The Local Government Association met on Monday. Councils are short of money, local government officials said.')).toEqual([
      ['indirect', 'Councils are short of money', 'local government officials'],
    ]);
    expect(triples('The Public Health Agency of Danvik issued a report. The wave has peaked, public health officials said.')).toEqual([
      ['indirect', 'The wave has peaked', 'public health officials'],
    ]);
    expect(triples('The City Council Employees Union called a strike. The budget is balanced, city council officials said.')).toEqual([
      ['indirect', 'The budget is balanced', 'city council officials'],
    ]);
    expect(triples('The River Traffic Board met on Monday. The locks are safe, river traffic officials said.')).toEqual([
      ['indirect', 'The locks are safe', 'River Traffic Board'],
    ]);
  });
});

describe('"others" as the subject of a cue', () => {
  it('is a group that speaks', () => {
    expect(triples('Striking nurses and others say the new rota will hurt patients. Others said the talks were over.')).toEqual([
      ['indirect', 'the new rota will hurt patients', 'others'],
      ['indirect', 'the talks were over', 'others'],
    ]);
  });
});
