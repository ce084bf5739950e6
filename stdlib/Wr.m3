(* Wr and Stdio: writers on the host console. A writer names a host stream; output is buffered by
   the host and flushed when the program ends or Flush is called. *)
MODULE Wr EXPORTS Wr, Stdio;

IMPORT Thread, Text;

REVEAL T = BRANDED "Spindle.Wr" OBJECT
    stream: INTEGER;
    closed := FALSE;
    written: CARDINAL := 0
  END;

PROCEDURE SPINDLE_HOST_WRITE (stream: INTEGER; t: TEXT; start, length: INTEGER) = BEGIN END SPINDLE_HOST_WRITE;

PROCEDURE SPINDLE_HOST_FLUSH (stream: INTEGER) = BEGIN END SPINDLE_HOST_FLUSH;

VAR single: ARRAY CHAR OF TEXT;

PROCEDURE PutChar (wr: T; ch: CHAR) RAISES {Failure, Thread.Alerted} =
  BEGIN
    IF single[ch] = NIL THEN single[ch] := Text.FromChar(ch) END;
    PutText(wr, single[ch])
  END PutChar;

PROCEDURE PutText (wr: T; t: TEXT) RAISES {Failure, Thread.Alerted} =
  VAR n := Text.Length(t);
  BEGIN
    IF wr.closed THEN RAISE Failure(NIL) END;
    SPINDLE_HOST_WRITE(wr.stream, t, 0, n);
    INC(wr.written, n)
  END PutText;

PROCEDURE PutString (wr: T; READONLY a: ARRAY OF CHAR) RAISES {Failure, Thread.Alerted} =
  BEGIN
    PutText(wr, Text.FromChars(a))
  END PutString;

PROCEDURE Seek (wr: T; n: CARDINAL) RAISES {Failure, Thread.Alerted} =
  BEGIN
    RAISE Failure(NIL)
  END Seek;

PROCEDURE Flush (wr: T) RAISES {Failure, Thread.Alerted} =
  BEGIN
    SPINDLE_HOST_FLUSH(wr.stream)
  END Flush;

PROCEDURE Close (wr: T) RAISES {Failure, Thread.Alerted} =
  BEGIN
    SPINDLE_HOST_FLUSH(wr.stream);
    wr.closed := TRUE
  END Close;

PROCEDURE Length (wr: T): CARDINAL RAISES {Failure, Thread.Alerted} =
  BEGIN
    RETURN wr.written
  END Length;

PROCEDURE Index (wr: T): CARDINAL =
  BEGIN
    RETURN wr.written
  END Index;

PROCEDURE Seekable (wr: T): BOOLEAN =
  BEGIN
    RETURN FALSE
  END Seekable;

PROCEDURE Closed (wr: T): BOOLEAN =
  BEGIN
    RETURN wr.closed
  END Closed;

PROCEDURE Buffered (wr: T): BOOLEAN =
  BEGIN
    RETURN TRUE
  END Buffered;

BEGIN
  stdout := NEW(T, stream := 1);
  stderr := NEW(T, stream := 2);
  bufferedStderr := stderr
END Wr.
