(* Scan: converting text to numbers and booleans (after SRC Modula-3's Scan.i3, whose errors are
   the single exception BadFormat). *)
INTERFACE Scan;

EXCEPTION BadFormat;

PROCEDURE Bool (txt: TEXT): BOOLEAN RAISES {BadFormat};
PROCEDURE Int (txt: TEXT; defaultBase: [2 .. 16] := 10): INTEGER RAISES {BadFormat};
PROCEDURE Unsigned (txt: TEXT; defaultBase: [2 .. 16] := 16): INTEGER RAISES {BadFormat};
PROCEDURE Real (txt: TEXT): REAL RAISES {BadFormat};
PROCEDURE LongReal (txt: TEXT): LONGREAL RAISES {BadFormat};

END Scan.
