(* A "friend" interface reveals the representation to the modules that import it, and only to
   them. The full revelation must be branded. *)
INTERFACE BufRep;

IMPORT Buf;

REVEAL
  Buf.T = Buf.Public BRANDED "Buf.T" OBJECT
    data: REF ARRAY OF CHAR;
  OVERRIDES
    length := Length;
  END;

PROCEDURE Length (b: Buf.T): CARDINAL;

END BufRep.
