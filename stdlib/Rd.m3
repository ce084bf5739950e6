(* Rd: readers. Stdio.stdin reads the host's standard input through a buffer; the host read
   blocks until some bytes arrive or the input ends. *)
MODULE Rd;

IMPORT Thread, Text, Stdio;

CONST BufferSize = 4096;

REVEAL T = BRANDED "Spindle.Rd" OBJECT
    buf: REF ARRAY OF CHAR;
    lo := 0;           (* the next unread character is buf[lo] *)
    hi := 0;           (* buf[lo .. hi-1] are read from the host and not yet consumed *)
    index := 0;        (* characters consumed so far *)
    eof := FALSE;      (* the host reported end of input *)
    closed := FALSE
  END;

(* Up to length bytes of standard input into buf[start ..]; 0 at end of input. *)
PROCEDURE SPINDLE_HOST_READ (buf: REF ARRAY OF CHAR; start, length: INTEGER): INTEGER =
  BEGIN RETURN 0 END SPINDLE_HOST_READ;

(* TRUE when a character is buffered, reading more if needed; FALSE at end of input. The last
   character consumed is kept at buf[0] so that UnGetChar works across a refill. *)
PROCEDURE Ready (rd: T): BOOLEAN RAISES {Failure} =
  VAR n: INTEGER;
  BEGIN
    IF rd.closed THEN RAISE Failure(NIL) END;
    IF rd.lo < rd.hi THEN RETURN TRUE END;
    IF rd.eof THEN RETURN FALSE END;
    IF rd.hi > 0 THEN rd.buf[0] := rd.buf[rd.hi - 1]; rd.lo := 1 ELSE rd.lo := 0 END;
    n := SPINDLE_HOST_READ(rd.buf, rd.lo, NUMBER(rd.buf^) - rd.lo);
    rd.hi := rd.lo + n;
    IF n = 0 THEN rd.eof := TRUE END;
    RETURN n > 0
  END Ready;

PROCEDURE GetChar (rd: T): CHAR RAISES {EndOfFile, Failure, Thread.Alerted} =
  VAR c: CHAR;
  BEGIN
    IF NOT Ready(rd) THEN RAISE EndOfFile END;
    c := rd.buf[rd.lo];
    INC(rd.lo);
    INC(rd.index);
    RETURN c
  END GetChar;

PROCEDURE EOF (rd: T): BOOLEAN RAISES {Failure, Thread.Alerted} =
  BEGIN
    RETURN NOT Ready(rd)
  END EOF;

(* Pushes back the character the last GetChar returned. *)
PROCEDURE UnGetChar (rd: T) =
  BEGIN
    <*ASSERT rd.lo > 0 AND rd.index > 0*>
    DEC(rd.lo);
    DEC(rd.index)
  END UnGetChar;

(* Characters that can be read without waiting; 1 at end of input, so that the next GetChar
   does not wait either (it raises EndOfFile). *)
PROCEDURE CharsReady (rd: T): CARDINAL RAISES {Failure} =
  BEGIN
    IF rd.closed THEN RAISE Failure(NIL) END;
    IF rd.eof AND rd.lo >= rd.hi THEN RETURN 1 END;
    RETURN rd.hi - rd.lo
  END CharsReady;

PROCEDURE GetSub (rd: T; VAR str: ARRAY OF CHAR): CARDINAL RAISES {Failure, Thread.Alerted} =
  VAR got := 0; n: INTEGER;
  BEGIN
    WHILE got < NUMBER(str) AND Ready(rd) DO
      n := MIN(NUMBER(str) - got, rd.hi - rd.lo);
      SUBARRAY(str, got, n) := SUBARRAY(rd.buf^, rd.lo, n);
      INC(got, n);
      INC(rd.lo, n);
      INC(rd.index, n)
    END;
    RETURN got
  END GetSub;

PROCEDURE GetText (rd: T; len: CARDINAL): TEXT RAISES {Failure, Thread.Alerted} =
  VAR result := ""; n: INTEGER;
  BEGIN
    WHILE len > 0 AND Ready(rd) DO
      n := MIN(len, rd.hi - rd.lo);
      result := result & Text.FromChars(SUBARRAY(rd.buf^, rd.lo, n));
      DEC(len, n);
      INC(rd.lo, n);
      INC(rd.index, n)
    END;
    RETURN result
  END GetText;

(* The characters up to the next newline, which is consumed but not returned. *)
PROCEDURE GetLine (rd: T): TEXT RAISES {EndOfFile, Failure, Thread.Alerted} =
  VAR result := ""; stop: INTEGER;
  BEGIN
    IF NOT Ready(rd) THEN RAISE EndOfFile END;
    REPEAT
      stop := rd.lo;
      WHILE stop < rd.hi AND rd.buf[stop] # '\n' DO INC(stop) END;
      result := result & Text.FromChars(SUBARRAY(rd.buf^, rd.lo, stop - rd.lo));
      INC(rd.index, stop - rd.lo);
      rd.lo := stop;
      IF stop < rd.hi THEN
        INC(rd.lo);
        INC(rd.index);
        RETURN result
      END
    UNTIL NOT Ready(rd);
    RETURN result
  END GetLine;

PROCEDURE Close (rd: T) RAISES {Failure, Thread.Alerted} =
  BEGIN
    rd.closed := TRUE
  END Close;

PROCEDURE Index (rd: T): CARDINAL =
  BEGIN
    RETURN rd.index
  END Index;

(* The length of an intermittent stream is unknown. *)
PROCEDURE Length (rd: T): INTEGER RAISES {Failure, Thread.Alerted} =
  BEGIN
    RETURN -1
  END Length;

PROCEDURE Seek (rd: T; n: CARDINAL) RAISES {Failure, Thread.Alerted} =
  BEGIN
    RAISE Failure(NIL)
  END Seek;

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
  Stdio.stdin := NEW(T, buf := NEW(REF ARRAY OF CHAR, BufferSize))
END Rd.
