(* IO: simple textual input and output (after cm3's IO.i3, plus PutLongReal). A defaulted writer
   is Stdio.stdout, a defaulted reader Stdio.stdin. *)
INTERFACE IO;

IMPORT Rd, Wr;

PROCEDURE Put (txt: TEXT; wr: Wr.T := NIL);
PROCEDURE PutChar (ch: CHAR; wr: Wr.T := NIL);
PROCEDURE PutInt (n: INTEGER; wr: Wr.T := NIL);
PROCEDURE PutReal (r: REAL; wr: Wr.T := NIL);
PROCEDURE PutLongReal (r: LONGREAL; wr: Wr.T := NIL);

PROCEDURE EOF (rd: Rd.T := NIL): BOOLEAN;

EXCEPTION Error;

PROCEDURE GetLine (rd: Rd.T := NIL): TEXT RAISES {Error};
PROCEDURE GetChar (rd: Rd.T := NIL): CHAR RAISES {Error};
PROCEDURE GetInt (rd: Rd.T := NIL): INTEGER RAISES {Error};
PROCEDURE GetReal (rd: Rd.T := NIL): REAL RAISES {Error};

PROCEDURE OpenRead (f: TEXT): Rd.T;
PROCEDURE OpenWrite (f: TEXT): Wr.T;

END IO.
