(* Rd: readers, abstract character input streams (after cm3's Rd.i3; Failure carries a REFANY).
   Stdio.stdin is the one reader: the program's standard input. *)
INTERFACE Rd;

IMPORT Thread;

TYPE T <: ROOT;

EXCEPTION EndOfFile; Failure(REFANY);

PROCEDURE GetChar (rd: T): CHAR RAISES {EndOfFile, Failure, Thread.Alerted};
PROCEDURE EOF (rd: T): BOOLEAN RAISES {Failure, Thread.Alerted};
PROCEDURE UnGetChar (rd: T);
PROCEDURE CharsReady (rd: T): CARDINAL RAISES {Failure};
PROCEDURE GetSub (rd: T; VAR str: ARRAY OF CHAR): CARDINAL RAISES {Failure, Thread.Alerted};
PROCEDURE GetText (rd: T; len: CARDINAL): TEXT RAISES {Failure, Thread.Alerted};
PROCEDURE GetLine (rd: T): TEXT RAISES {EndOfFile, Failure, Thread.Alerted};
PROCEDURE Close (rd: T) RAISES {Failure, Thread.Alerted};
PROCEDURE Index (rd: T): CARDINAL;
PROCEDURE Length (rd: T): INTEGER RAISES {Failure, Thread.Alerted};
PROCEDURE Seek (rd: T; n: CARDINAL) RAISES {Failure, Thread.Alerted};
PROCEDURE Closed (rd: T): BOOLEAN;
PROCEDURE Seekable (rd: T): BOOLEAN;
PROCEDURE Intermittent (rd: T): BOOLEAN;

END Rd.
