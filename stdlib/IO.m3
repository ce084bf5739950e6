(* IO: simple textual input and output on the standard streams. *)
MODULE IO;

IMPORT Rd, Wr, Stdio, Fmt;

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
    RETURN TRUE
  END EOF;

PROCEDURE GetLine (rd: Rd.T := NIL): TEXT RAISES {Error} =
  BEGIN
    RAISE Error
  END GetLine;

PROCEDURE GetChar (rd: Rd.T := NIL): CHAR RAISES {Error} =
  BEGIN
    RAISE Error
  END GetChar;

PROCEDURE GetInt (rd: Rd.T := NIL): INTEGER RAISES {Error} =
  BEGIN
    RAISE Error
  END GetInt;

PROCEDURE GetReal (rd: Rd.T := NIL): REAL RAISES {Error} =
  BEGIN
    RAISE Error
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
