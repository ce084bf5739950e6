MODULE Describe;

TYPE
  Animal = OBJECT name: TEXT END;
  Dog = Animal OBJECT END;
  Cat = Animal OBJECT lives: INTEGER END;

PROCEDURE Describe(x: REFANY): TEXT =
  BEGIN
    TYPECASE x OF
    | NULL => RETURN "nothing"
    | Dog (d) => RETURN "dog " & d.name
    | Cat (c) => IF c.lives > 1 THEN RETURN "cat" END; RETURN "last cat"
    | REF INTEGER, REF CARDINAL => RETURN "number"
    | Animal => RETURN "animal"
    ELSE RETURN "thing"
    END
  END Describe;

BEGIN
END Describe.
