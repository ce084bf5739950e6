(* Text: operations on immutable character strings (after cm3's Text.i3, without wide characters). *)
INTERFACE Text;

IMPORT Word;

TYPE T = TEXT;

CONST Brand = "Text-2.0";

FUNCTIONAL PROCEDURE Length (t: T): CARDINAL;
FUNCTIONAL PROCEDURE Empty (t: T): BOOLEAN;
FUNCTIONAL PROCEDURE Equal (t, u: T): BOOLEAN;
FUNCTIONAL PROCEDURE Compare (t1, t2: T): [-1 .. 1];
PROCEDURE Cat (t, u: T): T;
PROCEDURE Sub (t: T; start: CARDINAL; length: CARDINAL := LAST(CARDINAL)): T;
FUNCTIONAL PROCEDURE Hash (t: T): Word.T;
FUNCTIONAL PROCEDURE GetChar (t: T; i: CARDINAL): CHAR;
PROCEDURE SetChars (VAR a: ARRAY OF CHAR; t: T; start: CARDINAL := 0);
PROCEDURE FromChar (ch: CHAR): T;
PROCEDURE FromChars (READONLY a: ARRAY OF CHAR): T;
FUNCTIONAL PROCEDURE FindChar (t: T; c: CHAR; start: CARDINAL := 0): INTEGER;
FUNCTIONAL PROCEDURE FindCharR (t: T; c: CHAR; start: INTEGER := LAST(INTEGER)): INTEGER;

END Text.
