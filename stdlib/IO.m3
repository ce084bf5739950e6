(* IO: simple textual input and output on the standard streams. The Get procedures turn every
   reader failure, end of input included, into IO.Error, as cm3's IO does. *)
MODULE IO;

IMPORT Rd, Wr, Stdio, Fmt, Scan, Text, Thread;

<*FATAL ANY*>

PROCEDURE Put (txt: TEXT; wr: Wr.T := NIL) =
  BEGIN
    IF wr = NIL THEN wr := Stdio.stdout END;
    Wr.PutText(wr, txt)
  END Put;

PROCEDURE PutChar (ch: CHAR; wr: Wr.T := NIL) =
  BEGIN
    IF wr = NIL THEN wr := Stdio.stdout END;
    Wr.PutChar(wr, ch)
  END PutChar;

PROCEDURE PutInt (n: INTEGER; wr: Wr.T := NIL) =
  BEGIN
    Put(Fmt.Int(n), wr)
  END PutInt;

PROCEDURE PutReal (r: REAL; wr: Wr.T := NIL) =
  BEGIN
    Put(Fmt.Real(r), wr)
  END PutReal;

PROCEDURE PutLongReal (r: LONGREAL; wr: Wr.T := NIL) =
  BEGIN
    Put(Fmt.LongReal(r), wr)
  END PutLongReal;

PROCEDURE EOF (rd: Rd.T := NIL): BOOLEAN =
  BEGIN
    IF rd = NIL THEN rd := Stdio.stdin END;
    TRY
      RETURN Rd.EOF(rd)
    EXCEPT
    | Rd.Failure, Thread.Alerted => RETURN TRUE
    END
  END EOF;

PROCEDURE GetLine (rd: Rd.T := NIL): TEXT RAISES {Error} =
  BEGIN
    IF rd = NIL THEN rd := Stdio.stdin END;
    TRY
      RETURN Rd.GetLine(rd)
    EXCEPT
    | Rd.EndOfFile, Rd.Failure, Thread.Alerted => RAISE Error
    END
  END GetLine;

PROCEDURE GetChar (rd: Rd.T := NIL): CHAR RAISES {Error} =
  BEGIN
    IF rd = NIL THEN rd := Stdio.stdin END;
    TRY
      RETURN Rd.GetChar(rd)
    EXCEPT
    | Rd.EndOfFile, Rd.Failure, Thread.Alerted => RAISE Error
    END
  END GetChar;

PROCEDURE Blank (c: CHAR): BOOLEAN =
  BEGIN
    RETURN c = ' ' OR c = '\t' OR c = '\n' OR c = '\r' OR c = '\f'
  END Blank;

(* After blanks, the longest run of characters in chars (as cm3's Lex reads numbers): the
   character after it stays unread. Error at end of input or when the run is empty. *)
PROCEDURE GetWord (rd: Rd.T; READONLY chars: SET OF CHAR): TEXT RAISES {Error} =
  VAR word := ""; c: CHAR;
  BEGIN
    IF rd = NIL THEN rd := Stdio.stdin END;
    TRY
      REPEAT c := Rd.GetChar(rd) UNTIL NOT Blank(c);
      WHILE c IN chars DO
        word := word & Text.FromChar(c);
        IF Rd.EOF(rd) THEN EXIT END;
        c := Rd.GetChar(rd)
      END;
      IF NOT c IN chars THEN Rd.UnGetChar(rd) END
    EXCEPT
    | Rd.EndOfFile, Rd.Failure, Thread.Alerted => RAISE Error
    END;
    IF Text.Length(word) = 0 THEN RAISE Error END;
    RETURN word
  END GetWord;

PROCEDURE GetInt (rd: Rd.T := NIL): INTEGER RAISES {Error} =
  BEGIN
    TRY
      RETURN Scan.Int(GetWord(rd, SET OF CHAR{'+', '-', '0' .. '9'}))
    EXCEPT
    | Scan.BadFormat => RAISE Error
    END
  END GetInt;

PROCEDURE GetReal (rd: Rd.T := NIL): REAL RAISES {Error} =
  BEGIN
    TRY
      RETURN Scan.Real(GetWord(rd, SET OF CHAR{'+', '-', '.', '0' .. '9', 'e', 'E', 'd', 'D'}))
    EXCEPT
    | Scan.BadFormat => RAISE Error
    END
  END GetReal;

PROCEDURE OpenRead (f: TEXT): Rd.T =
  BEGIN
    RETURN NIL
  END OpenRead;

PROCEDURE OpenWrite (f: TEXT): Wr.T =
  BEGIN
    RETURN NIL
  END OpenWrite;

BEGIN
END IO.
