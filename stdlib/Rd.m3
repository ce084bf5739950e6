(* Rd: readers. The console has no input yet, so every reader is at end of file. *)
MODULE Rd;

IMPORT Thread;

REVEAL T = BRANDED "Spindle.Rd" OBJECT closed := FALSE END;

PROCEDURE GetChar (rd: T): CHAR RAISES {EndOfFile, Failure, Thread.Alerted} =
  BEGIN
    RAISE EndOfFile
  END GetChar;

PROCEDURE EOF (rd: T): BOOLEAN RAISES {Failure, Thread.Alerted} =
  BEGIN
    RETURN TRUE
  END EOF;

PROCEDURE UnGetChar (rd: T) = BEGIN END UnGetChar;

PROCEDURE CharsReady (rd: T): CARDINAL RAISES {Failure} =
  BEGIN
    RETURN 0
  END CharsReady;

PROCEDURE GetSub (rd: T; VAR str: ARRAY OF CHAR): CARDINAL RAISES {Failure, Thread.Alerted} =
  BEGIN
    RETURN 0
  END GetSub;

PROCEDURE GetText (rd: T; len: CARDINAL): TEXT RAISES {Failure, Thread.Alerted} =
  BEGIN
    RETURN ""
  END GetText;

PROCEDURE GetLine (rd: T): TEXT RAISES {EndOfFile, Failure, Thread.Alerted} =
  BEGIN
    RAISE EndOfFile
  END GetLine;

PROCEDURE Close (rd: T) RAISES {Failure, Thread.Alerted} =
  BEGIN
    rd.closed := TRUE
  END Close;

PROCEDURE Index (rd: T): CARDINAL =
  BEGIN
    RETURN 0
  END Index;

PROCEDURE Length (rd: T): INTEGER RAISES {Failure, Thread.Alerted} =
  BEGIN
    RETURN 0
  END Length;

PROCEDURE Seek (rd: T; n: CARDINAL) RAISES {Failure, Thread.Alerted} = BEGIN END Seek;

PROCEDURE Closed (rd: T): BOOLEAN =
  BEGIN
    RETURN rd.closed
  END Closed;

PROCEDURE Seekable (rd: T): BOOLEAN =
  BEGIN
    RETURN FALSE
  END Seekable;

PROCEDURE Intermittent (rd: T): BOOLEAN =
  BEGIN
    RETURN TRUE
  END Intermittent;

BEGIN
END Rd.
