package nl.nvp.goedegesprek.research.survey;

import java.util.Set;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a question's audiences as a bit set, so that "questions for children" is one
 * condition in SQL.
 */
@Converter
class AudiencesConverter implements AttributeConverter<Set<Audience>, Integer> {

	@Override
	public Integer convertToDatabaseColumn(Set<Audience> audiences) {
		return Audience.bits(audiences);
	}

	@Override
	public Set<Audience> convertToEntityAttribute(Integer bits) {
		return Audience.fromBits(bits);
	}

}
