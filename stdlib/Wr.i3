(* Wr: writers, abstract character output streams (after cm3's Wr.i3; Failure carries a REFANY
   where cm3 has an AtomList.T). *)
INTERFACE Wr;

IMPORT Thread;

TYPE T <: ROOT;

EXCEPTION Failure(REFANY);

CONST EOL = "\n";

PROCEDURE PutChar (wr: T; ch: CHAR) RAISES {Failure, Thread.Alerted};
PROCEDURE PutText (wr: T; t: TEXT) RAISES {Failure, Thread.Alerted};
PROCEDURE PutString (wr: T; READONLY a: ARRAY OF CHAR) RAISES {Failure, Thread.Alerted};
PROCEDURE Seek (wr: T; n: CARDINAL) RAISES {Failure, Thread.Alerted};
PROCEDURE Flush (wr: T) RAISES {Failure, Thread.Alerted};
PROCEDURE Close (wr: T) RAISES {Failure, Thread.Alerted};
PROCEDURE Length (wr: T): CARDINAL RAISES {Failure, Thread.Alerted};
PROCEDURE Index (wr: T): CARDINAL;
PROCEDURE Seekable (wr: T): BOOLEAN;
PROCEDURE Closed (wr: T): BOOLEAN;
PROCEDURE Buffered (wr: T): BOOLEAN;

END Wr.
