/** Articles written for these tests (no third-party text). The 🌊 before the quotes makes code points and UTF-16 units differ. */
export const firstArticle = `Harbour Town Votes To Rebuild Its Sea Wall 🌊

The council of Marlow Bay voted on Tuesday to rebuild the sea wall that storms damaged last winter.

“We cannot wait for another flood,” Mayor Clara Ruiz said after the vote. “The work starts in April.”

Ruiz said that the town would borrow most of the money from the regional bank.
`;

export const secondArticle = `Marlow Bay Borrows For The Sea Wall

The regional bank agreed on Friday to lend Marlow Bay the money for its new sea wall.

“The loan is the largest we have made to a town of this size,” bank director Ines Holm said.

Mayor Clara M. Ruiz told reporters that the first stones would be laid in April. “Nobody will lose a home to the sea again,” Ruiz said.
`;
