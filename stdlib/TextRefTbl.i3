(* TextRefTbl: hash tables from TEXT keys to REFANY values. cm3 generates this interface from the
   generic Table(Text, Refany); Spindle has no generics, so it is written out by hand. *)
INTERFACE TextRefTbl;

IMPORT Word;

TYPE
  T = OBJECT
    METHODS
      get (READONLY k: TEXT; VAR v: REFANY): BOOLEAN;
      put (READONLY k: TEXT; READONLY v: REFANY): BOOLEAN;
      delete (READONLY k: TEXT; VAR v: REFANY): BOOLEAN;
      size (): CARDINAL;
      iterate (): Iterator;
    END;

  Iterator = OBJECT
    METHODS
      next (VAR k: TEXT; VAR v: REFANY): BOOLEAN;
    END;

  Default <: T OBJECT
    METHODS
      init (sizeHint: CARDINAL := 0): Default;
      keyEqual (READONLY k1, k2: TEXT): BOOLEAN;
      keyHash (READONLY k: TEXT): Word.T;
    END;

CONST Brand = "(Table Text Refany)";

END TextRefTbl.
